package application.fakes;

import application.port.out.ClaimCacheStore;
import domain.claim.ClaimCacheEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** {@link ClaimCacheStore} in memory; {@code update} is serialised like the real cross-process lock. */
public final class InMemoryClaimCacheStore implements ClaimCacheStore {
    private final Map<UUID, ClaimCacheEntry> entries = new LinkedHashMap<>();

    public synchronized void put(ClaimCacheEntry e) {
        entries.put(e.iterationUuid(), e);
    }

    @Override
    public synchronized Optional<ClaimCacheEntry> find(UUID iterationUuid) {
        return Optional.ofNullable(entries.get(iterationUuid));
    }

    @Override
    public synchronized List<ClaimCacheEntry> forKey(UUID keyUuid) {
        List<ClaimCacheEntry> l = new ArrayList<>();
        for (ClaimCacheEntry e : entries.values()) if (e.keyUuid().equals(keyUuid)) l.add(e);
        l.sort(Comparator.comparingInt(ClaimCacheEntry::seq));
        return l;
    }

    @Override
    public synchronized <T> T update(UUID iterationUuid, Function<Optional<ClaimCacheEntry>, Update<T>> change) {
        Update<T> u = change.apply(Optional.ofNullable(entries.get(iterationUuid)));
        if (u.entry().isPresent()) entries.put(iterationUuid, u.entry().get()); else entries.remove(iterationUuid);
        return u.value();
    }

    @Override
    public synchronized boolean deleteKey(UUID keyUuid) {
        return entries.values().removeIf(e -> e.keyUuid().equals(keyUuid));
    }
}
