package application.port.out;

/**
 * No OS keyring can be reached. The message names {@code OMEGASAFE_CONFIG_PASSWORD} as the way out and
 * never contains a secret.
 */
public class SecretStoreUnavailableException extends RuntimeException {
    public SecretStoreUnavailableException(String message) { super(message); }
    public SecretStoreUnavailableException(String message, Throwable cause) { super(message, cause); }
}
