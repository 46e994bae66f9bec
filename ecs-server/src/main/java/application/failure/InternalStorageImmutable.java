package application.failure;

/** The internal storage cannot be edited or deleted (422 {@code internal_storage_immutable}). */
public final class InternalStorageImmutable extends EcsFailure {
    /** @param detail the refused operation */
    public InternalStorageImmutable(String detail) { super(detail); }
}
