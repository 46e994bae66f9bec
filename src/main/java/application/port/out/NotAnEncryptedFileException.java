package application.port.out;

/** The input is not an OmegaSafe encrypted file, or it was truncated or modified. */
public class NotAnEncryptedFileException extends RuntimeException {
    public NotAnEncryptedFileException(String message) { super(message); }
    public NotAnEncryptedFileException(String message, Throwable cause) { super(message, cause); }
}
