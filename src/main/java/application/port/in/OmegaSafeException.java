package application.port.in;

import java.util.Optional;

/**
 * A failure a person can act on: a one-line message saying what failed and, when one exists, a hint
 * saying what fixes it. Messages never contain secrets.
 */
public class OmegaSafeException extends RuntimeException {
    private final String hint;

    public OmegaSafeException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public OmegaSafeException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What to do about it, if known. */
    public Optional<String> hint() { return Optional.ofNullable(hint); }
}
