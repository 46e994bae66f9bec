package application.port.out;

import java.util.Optional;

/**
 * The OS keyring: secrets addressed by a service label and an account (secret) label, stored the way
 * other OmegaSafe clients store them so either finds the other's entries. Secrets never appear in
 * exception messages or logs.
 */
public interface SecretStore {

    /**
     * The secret stored for (service, account), if any.
     *
     * @throws SecretStoreUnavailableException when no keyring can be reached
     */
    Optional<String> read(String service, String account);

    /** Stores (or replaces) the secret for (service, account). */
    void write(String service, String account, String secret);

    /** Removes the secret; false when there was none. */
    boolean delete(String service, String account);
}
