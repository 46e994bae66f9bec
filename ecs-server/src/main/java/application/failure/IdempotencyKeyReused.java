package application.failure;

/** The Idempotency-Key was used for a claim with other parameters (422 {@code idempotency_key_reused}). */
public final class IdempotencyKeyReused extends EcsFailure {
    /** Creates the failure. */
    public IdempotencyKeyReused() {
        super("this Idempotency-Key was used for another claim (other key, iteration or size); use a new UUID for a new claim");
    }
}
