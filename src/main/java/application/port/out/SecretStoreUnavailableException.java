package application.port.out;

/**
 * No OS keyring can be reached (no library, no D-Bus session, no Secret Service, no answer in time).
 * The message names {@code OMEGASAFE_CONFIG_PASSWORD} as the way out and never contains a secret.
 */
public class SecretStoreUnavailableException extends RuntimeException {
    /** The environment variable that makes a keyring unnecessary. */
    public static final String WAY_OUT_VARIABLE = "OMEGASAFE_CONFIG_PASSWORD";

    /** @param message what failed; {@code "; set OMEGASAFE_CONFIG_PASSWORD instead"} is appended if absent */
    public SecretStoreUnavailableException(String message) {
        super(withWayOut(message));
    }

    /** @param message what failed, as above; {@code cause} must not carry a secret either */
    public SecretStoreUnavailableException(String message, Throwable cause) {
        super(withWayOut(message), cause);
    }

    private static String withWayOut(String message) {
        return message.contains(WAY_OUT_VARIABLE) ? message : message + "; set " + WAY_OUT_VARIABLE + " instead";
    }
}
