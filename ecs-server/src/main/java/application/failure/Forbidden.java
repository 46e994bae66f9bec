package application.failure;

/** The caller'\''s relation to the resource is too weak for the operation (403 {@code forbidden}). */
public final class Forbidden extends EcsFailure {
    /** @param detail the operation and the role it needs */
    public Forbidden(String detail) { super(detail); }
}
