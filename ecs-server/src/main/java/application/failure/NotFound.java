package application.failure;

/** No such resource, or one the caller has no relation to (404 {@code not_found}): key UUIDs do not leak. */
public final class NotFound extends EcsFailure {
    /** @param detail what was not found, e.g. "key 0f8c..." */
    public NotFound(String detail) { super(detail); }
}
