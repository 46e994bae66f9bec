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
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * {@link ClaimCacheStore} in memory. {@code update} holds one exclusive lock for its whole duration, like
 * the real cross-process lock, and refuses to be re-entered from inside a change.
 */
public final class InMemoryClaimCacheStore implements ClaimCacheStore {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<UUID, ClaimCacheEntry> entries = new LinkedHashMap<>();

    /** Stores {@code e} as it is (test setup). */
    public void put(ClaimCacheEntry e) {
        locked(() -> entries.put(e.iterationUuid(), e));
    }

    @Override
    public Optional<ClaimCacheEntry> find(UUID iterationUuid) {
        return locked(() -> Optional.ofNullable(entries.get(iterationUuid)));
    }

    @Override
    public Optional<UUID> ecsOf(UUID keyUuid) {
        return forKey(keyUuid).stream().findFirst().map(ClaimCacheEntry::ecsUuid);
    }

    @Override
    public List<ClaimCacheEntry> forKey(UUID keyUuid) {
        return locked(() -> {
            List<ClaimCacheEntry> l = new ArrayList<>();
            for (ClaimCacheEntry e : entries.values()) if (e.keyUuid().equals(keyUuid)) l.add(e);
            l.sort(Comparator.comparingInt(ClaimCacheEntry::seq));
            return l;
        });
    }

    @Override
    public <T> T update(UUID iterationUuid, Function<Optional<ClaimCacheEntry>, Update<T>> change) {
        return locked(() -> {
            Update<T> u = change.apply(Optional.ofNullable(entries.get(iterationUuid)));
            if (u.entry().isPresent()) entries.put(iterationUuid, u.entry().get()); else entries.remove(iterationUuid);
            return u.value();
        });
    }

    @Override
    public boolean deleteKey(UUID keyUuid) {
        return locked(() -> entries.values().removeIf(e -> e.keyUuid().equals(keyUuid)));
    }

    private <T> T locked(java.util.function.Supplier<T> body) {
        if (lock.isHeldByCurrentThread()) throw new IllegalStateException("the cache store was re-entered inside update");
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }
}
