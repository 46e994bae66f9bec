package adapters.out.keyring;

import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import java.util.Optional;

/**
 * A keyring that is never reachable, for systems without a supported one: every call fails with a
 * {@link SecretStoreUnavailableException} whose message names {@code OMEGASAFE_CONFIG_PASSWORD}.
 */
public final class UnavailableSecretStore implements SecretStore {
    private final String why;

    /** @param why what is missing, e.g. "no OS keyring support for AIX" */
    public UnavailableSecretStore(String why) {
        this.why = why;
    }

    @Override
    public Optional<String> read(String service, String account) { throw fail(); }

    @Override
    public void write(String service, String account, String secret) { throw fail(); }

    @Override
    public boolean delete(String service, String account) { throw fail(); }

    private SecretStoreUnavailableException fail() {
        return new SecretStoreUnavailableException(why);
    }
}
