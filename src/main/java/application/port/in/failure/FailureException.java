package application.port.in.failure;

import java.util.Objects;

/** Carries a {@link Failure} out of a use case. The message is the failure's record form (for logs). */
public final class FailureException extends RuntimeException {
    private final transient Failure failure;

    public FailureException(Failure failure) {
        super(Objects.requireNonNull(failure, "failure").toString());
        this.failure = failure;
    }

    public FailureException(Failure failure, Throwable cause) {
        super(Objects.requireNonNull(failure, "failure").toString(), cause);
        this.failure = failure;
    }

    /** What failed. */
    public Failure failure() { return failure; }
}
