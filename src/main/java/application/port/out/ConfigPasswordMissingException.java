package application.port.out;

/** Neither {@code OMEGASAFE_CONFIG_PASSWORD} nor the OS keyring yields a configuration password. */
public class ConfigPasswordMissingException extends RuntimeException {
    public ConfigPasswordMissingException(String message) { super(message); }
}
