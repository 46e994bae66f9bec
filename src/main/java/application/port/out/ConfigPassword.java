package application.port.out;

import java.util.Optional;

/**
 * Where the configuration password comes from: {@code OMEGASAFE_CONFIG_PASSWORD}, else the OS keyring
 * entry. Implementations never log the password.
 */
public interface ConfigPassword {

    /** The password from the environment variable, if set and non-empty. */
    Optional<String> fromEnvironment();

    /**
     * The password stored in the OS keyring, if any.
     *
     * @throws SecretStoreUnavailableException when no keyring can be reached
     */
    Optional<String> fromKeyring();

    /** Stores {@code password} in the OS keyring, replacing any previous entry. */
    void storeInKeyring(String password);

    /**
     * Removes the keyring entry; false when there was none.
     *
     * @throws SecretStoreUnavailableException when no keyring can be reached
     */
    boolean deleteFromKeyring();

    /**
     * The resolved password: environment first, then keyring.
     *
     * @throws ConfigPasswordMissingException when neither source has one
     */
    default String resolve() {
        Optional<String> env = fromEnvironment();
        if (env.isPresent()) return env.get();
        Optional<String> stored;
        try {
            stored = fromKeyring();
        } catch (SecretStoreUnavailableException e) {
            throw new ConfigPasswordMissingException(e.getMessage());
        }
        return stored.orElseThrow(() -> new ConfigPasswordMissingException(
                "no configuration password in OMEGASAFE_CONFIG_PASSWORD or the OS keyring"));
    }
}
