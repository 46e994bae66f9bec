package application.failure;

/** The relation is the key'\''s last Owner and cannot be removed (409 {@code last_owner}). */
public final class LastOwner extends EcsFailure {
    /** Creates the failure. */
    public LastOwner() { super("the last Owner of a key cannot be removed; invite another Owner first"); }
}
