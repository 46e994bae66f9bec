package application.port.in;

/**
 * A request record refused its values (usage error or invalid input, exit code 2 on the command line). The
 * message names the value, never a secret.
 */
public class InvalidRequestException extends IllegalArgumentException {
    public InvalidRequestException(String message) { super(message); }

    /** Throws unless {@code condition} holds. */
    public static void require(boolean condition, String message) {
        if (!condition) throw new InvalidRequestException(message);
    }
}
