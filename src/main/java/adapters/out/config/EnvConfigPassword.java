package adapters.out.config;

import application.port.out.ConfigPassword;
import application.port.out.SecretStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link ConfigPassword}: {@code OMEGASAFE_CONFIG_PASSWORD}, else the keyring item with service
 * {@code OMEGASAFE_KEYRING_SERVICE_NAME} (default {@code omegasafe}) and secret label
 * {@code OMEGASAFE_KEYRING_SECRET_NAME} (default {@code OMEGASAFE_CONFIG_PASSWORD}).
 */
public final class EnvConfigPassword implements ConfigPassword {
    /** Keyring labels of the reference (overridable by environment only). */
    static final String DEFAULT_SERVICE = "omegasafe";
    static final String DEFAULT_SECRET = "OMEGASAFE_CONFIG_PASSWORD";

    private final Function<String, String> env;
    private final SecretStore keyring;

    public EnvConfigPassword(Function<String, String> env, SecretStore keyring) {
        this.env = env;
        this.keyring = keyring;
    }

    @Override
    public Optional<String> fromEnvironment() {
        String v = env.apply("OMEGASAFE_CONFIG_PASSWORD");
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    @Override
    public Optional<String> fromKeyring() {
        return keyring.read(service(), secretName());
    }

    @Override
    public void storeInKeyring(String password) {
        keyring.write(service(), secretName(), password);
    }

    /** Removes the keyring item; false when there was none. */
    @Override
    public boolean deleteFromKeyring() {
        return keyring.delete(service(), secretName());
    }

    String service() {
        String v = env.apply("OMEGASAFE_KEYRING_SERVICE_NAME");
        return v == null || v.isEmpty() ? DEFAULT_SERVICE : v;
    }

    String secretName() {
        String v = env.apply("OMEGASAFE_KEYRING_SECRET_NAME");
        return v == null || v.isEmpty() ? DEFAULT_SECRET : v;
    }
}
