package application.failure;

/** The API key is missing, unknown or revoked (401 {@code unauthenticated}). */
public final class Unauthenticated extends EcsFailure {
    /** @param detail why (never the key itself) */
    public Unauthenticated(String detail) { super(detail); }
}
