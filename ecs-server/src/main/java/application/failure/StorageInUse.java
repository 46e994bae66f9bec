package application.failure;

/** Keys use the storage, so it cannot be deleted (409 {@code storage_in_use}). */
public final class StorageInUse extends EcsFailure {
    private final int keyCount;

    /** @param keyCount keys that use the storage */
    public StorageInUse(int keyCount) {
        super(keyCount + " key(s) use this storage; move them to another storage first");
        this.keyCount = keyCount;
    }

    /** Keys that use the storage. */
    public int keyCount() { return keyCount; }
}
