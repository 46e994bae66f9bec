package adapters.out.system;

import application.port.out.ChangedKeys;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ChangedKeys} in this process's memory (each replica flushes the keys it changed). */
public final class InMemoryChangedKeys implements ChangedKeys {
    private final Set<UUID> keys = ConcurrentHashMap.newKeySet();

    @Override
    public void mark(UUID keyUuid) { keys.add(keyUuid); }

    @Override
    public Set<UUID> drain() {
        Set<UUID> out = new HashSet<>();
        for (UUID k : keys) {
            if (keys.remove(k)) out.add(k);
        }
        return out;
    }
}
