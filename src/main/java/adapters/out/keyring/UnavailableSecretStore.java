package adapters.out.keyring;

import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import java.util.Optional;

/** A keyring that is never reachable: every call fails with a message naming OMEGASAFE_CONFIG_PASSWORD. */
public final class UnavailableSecretStore implements SecretStore {
    private final String why;

    public UnavailableSecretStore(String why) {
        this.why = why;
    }

    private SecretStoreUnavailableException fail() {
        return new SecretStoreUnavailableException(why + "; set OMEGASAFE_CONFIG_PASSWORD instead");
    }

    @Override
    public Optional<String> read(String service, String account) { throw fail(); }

    @Override
    public void write(String service, String account, String secret) { throw fail(); }

    @Override
    public boolean delete(String service, String account) { throw fail(); }
}
