package adapters.out.container;

/**
 * A secure-mode container cannot be opened with the password given: either none was given
 * ({@link SfcPasswordRequiredException}) or it is wrong ({@link SfcWrongPasswordException}).
 * Messages never contain the password.
 */
public abstract sealed class SfcPasswordException extends RuntimeException
        permits SfcPasswordRequiredException, SfcWrongPasswordException {
    SfcPasswordException(String message) {
        super(message);
    }

    /** True when no password was given, false when the given one is wrong. */
    public abstract boolean missing();
}
