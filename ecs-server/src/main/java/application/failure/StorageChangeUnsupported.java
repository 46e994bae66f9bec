package application.failure;

/** The key cannot move from BYOS back to the internal storage (422 {@code storage_change_unsupported}). */
public final class StorageChangeUnsupported extends EcsFailure {
    /** Creates the failure. */
    public StorageChangeUnsupported() {
        super("a key on BYOS storage cannot move back to the internal storage; choose another BYOS storage");
    }
}
