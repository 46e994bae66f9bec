package adapters.out.container;

/**
 * The input is not a Secure File Container, has an unsupported version, or is truncated, corrupted or was
 * modified. The message says which, in words a person can act on; it never holds key material.
 */
public class SfcFormatException extends RuntimeException {
    public SfcFormatException(String message) { super(message); }
    public SfcFormatException(String message, Throwable cause) { super(message, cause); }
}
