package application.failure;

/** The S3 storage does not answer (503 {@code storage_unavailable}). */
public final class StorageUnavailable extends EcsFailure {
    /** @param detail which storage; @param cause the client's failure, for the log only */
    public StorageUnavailable(String detail, Throwable cause) { super(detail, cause); }
}
