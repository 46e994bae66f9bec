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
    public synchronized void save(KeyIteration it) {
        byIteration.putIfAbsent(it.iterationUuid(), it);
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
        return byIteration.remove(iterationUuid) != null;
    }

    @Override
    public synchronized boolean deleteKey(UUID keyUuid) {
        return byIteration.values().removeIf(i -> i.keyUuid().equals(keyUuid));
    }
}
