package application.failure;

/** The key UUID is registered with other fields or by another user (409 {@code key_exists}). */
public final class KeyExists extends EcsFailure {
    /** @param detail why the registration conflicts */
    public KeyExists(String detail) { super(detail); }
}
