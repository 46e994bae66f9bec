package application.fakes;

import static java.util.Objects.requireNonNull;

import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SecretStore} in memory. {@link #unavailable()} makes every following call fail as a machine
 * without a keyring does, for tests of the fallback to {@code OMEGASAFE_CONFIG_PASSWORD}.
 */
public final class InMemorySecretStore implements SecretStore {
    private record Key(String service, String account) { }

    private final Map<Key, String> items = new ConcurrentHashMap<>();
    private volatile boolean reachable = true;

    /** From now on every call throws {@link SecretStoreUnavailableException}. */
    public InMemorySecretStore unavailable() {
        reachable = false;
        return this;
    }

    @Override
    public Optional<String> read(String service, String account) {
        return Optional.ofNullable(items.get(key(service, account)));
    }

    @Override
    public void write(String service, String account, String secret) {
        items.put(key(service, account), requireNonNull(secret, "secret"));
    }

    @Override
    public boolean delete(String service, String account) {
        return items.remove(key(service, account)) != null;
    }

    private Key key(String service, String account) {
        if (!reachable) throw new SecretStoreUnavailableException("no OS keyring in this test");
        return new Key(requireNonNull(service, "service"), requireNonNull(account, "account"));
    }
}
