package application.port.out;

import java.util.Optional;

/**
 * The OS keyring: secrets addressed by a service label and an account (the "secret label"), stored the
 * way other OmegaSafe clients store them so either finds the other's entries. The configuration password
 * lives under service {@code omegasafe} and account {@code OMEGASAFE_CONFIG_PASSWORD} unless overridden.
 *
 * <p>Secrets never appear in exception messages or logs. Arguments are never {@code null}. Every method
 * returns or fails within a few seconds; none waits for a user at a prompt indefinitely.
 */
public interface SecretStore {

    /**
     * The secret stored for (service, account), or empty when there is none.
     *
     * @throws SecretStoreUnavailableException when no keyring can be reached
     */
    Optional<String> read(String service, String account);

    /**
     * Stores the secret for (service, account), replacing any secret stored there before; a following
     * {@link #read} returns exactly {@code secret}.
     *
     * @throws SecretStoreUnavailableException when no keyring can be reached or it refuses the item
     * @throws IllegalArgumentException when this keyring cannot hold such a secret (too long, or a
     *         character the keyring cannot carry); the message does not contain the secret
     */
    void write(String service, String account, String secret);

    /**
     * Removes the secret for (service, account).
     *
     * @return true when a secret was removed, false when there was none
     * @throws SecretStoreUnavailableException when no keyring can be reached
     */
    boolean delete(String service, String account);
}
