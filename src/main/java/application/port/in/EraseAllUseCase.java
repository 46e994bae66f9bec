package application.port.in;

import java.nio.file.Path;
import java.util.List;

/**
 * erase-all: removes what OmegaSafe keeps for a config root (config.ini, the containers, also at custom paths
 * outside the root, SFC ECS files inside the root, and what it keeps beside each) and the keyring entry of the
 * configuration password; the directory itself only when nothing else is left in it. Touches no ECS.
 */
public interface EraseAllUseCase {
    /**
     * What would be removed (the files that exist, and the root), for the warning shown before confirmation.
     *
     * @throws application.port.in.failure.FailureException with
     *         {@link application.port.in.failure.ConfigFailure.NotAConfigRoot} when the directory holds no OmegaSafe configuration
     */
    List<Path> targets();

    /** Keyring outcome of an erase. */
    enum KeyringStatus { REMOVED, NOT_FOUND, UNAVAILABLE }

    /**
     * @param removed     every path removed (sidecar files included)
     * @param rootRemoved whether the directory itself was removed (it was empty afterwards)
     */
    record Result(List<Path> removed, boolean rootRemoved, KeyringStatus keyring) { }

    /** @throws application.port.in.failure.FailureException as {@link #targets()} */
    Result erase();
}
