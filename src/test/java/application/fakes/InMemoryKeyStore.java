package application.fakes;

import application.port.out.KeyStore;
import domain.key.KeyIteration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link KeyStore} in memory. */
public final class InMemoryKeyStore implements KeyStore {
    private final Map<UUID, KeyIteration> byIteration = new LinkedHashMap<>();

    @Override
    public synchronized boolean save(KeyIteration it) {
        for (KeyIteration other : byIteration.values()) {
            if (other.keyUuid().equals(it.keyUuid()) && other.seq() == it.seq() && !other.iterationUuid().equals(it.iterationUuid())) {
                throw new IllegalStateException("key " + it.keyUuid() + " already has a different iteration " + it.seq());
            }
        }
        return byIteration.putIfAbsent(it.iterationUuid(), it) == null;
    }

    @Override
    public synchronized List<KeyIteration> iterations(UUID keyUuid) {
        List<KeyIteration> l = new ArrayList<>();
        for (KeyIteration i : byIteration.values()) if (i.keyUuid().equals(keyUuid)) l.add(i);
        l.sort(Comparator.comparingInt(KeyIteration::seq));
        return l;
    }

    @Override
    public synchronized Optional<KeyIteration> find(UUID keyUuid, int seq) {
        return iterations(keyUuid).stream().filter(i -> i.seq() == seq).findFirst();
    }

    @Override
    public synchronized List<UUID> keysWithAlpha() {
        return byIteration.values().stream().filter(KeyIteration::isAlpha).map(KeyIteration::keyUuid).distinct().toList();
    }

    @Override
    public synchronized boolean deleteIteration(UUID keyUuid, UUID iterationUuid) {
        KeyIteration it = byIteration.get(iterationUuid);
        if (it == null || !it.keyUuid().equals(keyUuid)) return false;
        return byIteration.remove(iterationUuid) != null;
    }

    @Override
    public synchronized boolean deleteKey(UUID keyUuid) {
        return byIteration.values().removeIf(i -> i.keyUuid().equals(keyUuid));
    }
}
