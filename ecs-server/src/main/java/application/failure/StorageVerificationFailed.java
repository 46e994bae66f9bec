package application.failure;

/** The BYOS storage failed a verification step with the given credentials (422 {@code storage_verification_failed}). */
public final class StorageVerificationFailed extends EcsFailure {
    private final String operation;

    /** @param operation LIST, PUT or GET; @param reason what the storage answered (no credential) */
    public StorageVerificationFailed(String operation, String reason) {
        super("storage verification failed at " + operation + ": " + reason);
        this.operation = operation;
    }

    /** The failing S3 operation: LIST, PUT or GET. */
    public String operation() { return operation; }
}
