package application.failure;

/**
 * A failure a use case reports to its caller, in the API's words: each subtype is one stable problem
 * {@code code} of docs/http-ecs.openapi.yaml. The message is the problem's {@code detail}: it is shown to
 * the client, so it never carries a secret, a payload or an internal.
 */
public abstract sealed class EcsFailure extends RuntimeException
        permits Unauthenticated, Forbidden, NotFound, IterationNotFound, InvalidRequest, KeyExists,
        CapacityExhausted, DeltaSequenceTaken, DeltaOutOfSequence, StorageInUse, RelationExists, LastOwner,
        UploadNotConfirmed, IdempotencyKeyReused, DeltaTooLarge, StorageChangeUnsupported,
        StorageVerificationFailed, InternalStorageImmutable, LimitExceeded, DatabaseUnavailable,
        StorageUnavailable, KeyFenced {

    /** @param detail what happened, for the client (no secret, no internal) */
    protected EcsFailure(String detail) {
        super(detail, null, false, false);
    }

    /** @param detail what happened, for the client; @param cause the technical cause, for the log only */
    protected EcsFailure(String detail, Throwable cause) {
        super(detail, cause, false, false);
    }
}
