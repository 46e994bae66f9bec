package adapters.out.keyring;

import application.port.out.SecretStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A keyring in memory (for tests of the services that use one). */
final class InMemorySecretStore implements SecretStore {
    private final Map<String, String> items = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String service, String account) {
        return Optional.ofNullable(items.get(service + "\0" + account));
    }

    @Override
    public void write(String service, String account, String secret) {
        items.put(service + "\0" + account, secret);
    }

    @Override
    public boolean delete(String service, String account) {
        return items.remove(service + "\0" + account) != null;
    }
}
