package application.failure;

/** A per-key internal-storage limit is reached (429 {@code limit_exceeded} with Retry-After). */
public final class LimitExceeded extends EcsFailure {
    private final String scope;
    private final long retryAfterSeconds;

    /** @param scope e.g. {@code uploads.daily}; @param limit the limit; @param retryAfterSeconds until the window resets */
    public LimitExceeded(String scope, long limit, long retryAfterSeconds, String hint) {
        super("the " + scope + " limit of " + limit + " is reached" + (hint == null ? "" : "; " + hint));
        this.scope = scope;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Which limit: uploads.daily, uploads.monthly, uploads.stored, downloads.daily or downloads.monthly. */
    public String scope() { return scope; }

    /** Seconds until the request may succeed (the window reset). */
    public long retryAfterSeconds() { return retryAfterSeconds; }
}
