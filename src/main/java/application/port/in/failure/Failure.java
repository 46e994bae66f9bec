package application.port.in.failure;

/**
 * A failure of a use case as data: what went wrong and the values a person needs to act on it. The core
 * never words a failure for a particular user interface; the command line turns each kind into its exit
 * code, {@code error:} line and {@code hint:} line in one table. Values never contain secrets.
 */
public sealed interface Failure permits PathFailure, KeyFailure, DeltaFailure, EcsFailure, ClaimFailure, ConfigFailure,
        TransferFailure {
}
