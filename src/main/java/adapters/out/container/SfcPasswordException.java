package adapters.out.container;

/** A secure-mode container was opened without a password ({@link #missing()}) or with a wrong one. */
public class SfcPasswordException extends RuntimeException {
    private final boolean missing;

    public SfcPasswordException(String message, boolean missing) {
        super(message);
        this.missing = missing;
    }

    public boolean missing() { return missing; }
}
