package application.port.out;

/** An encrypted file uses the traditional layer and its password is missing or wrong. */
public class TraditionalLayerPasswordException extends RuntimeException {
    private final boolean missing;

    public TraditionalLayerPasswordException(String message, boolean missing) {
        super(message);
        this.missing = missing;
    }

    /** True when no password was configured at all, false when the configured one is wrong. */
    public boolean missing() { return missing; }
}
