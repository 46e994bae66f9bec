package adapters.out.container;

/** Not a Secure File Container, an unsupported version, or a container that is truncated or was modified. */
public class SfcFormatException extends RuntimeException {
    public SfcFormatException(String message) { super(message); }
    public SfcFormatException(String message, Throwable cause) { super(message, cause); }
}
