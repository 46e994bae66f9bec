package adapters.out.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.ClaimCacheStore;
import application.port.out.ClaimCacheStore.Update;
import domain.claim.CacheReason;
import domain.claim.ClaimCacheEntry;
import domain.claim.LocalClaim;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link ClaimCacheStore} must do; one subclass per implementation. */
public abstract class ClaimCacheStoreContract {
    @TempDir
    protected Path tmp;

    /** A fresh, empty store. */
    protected abstract ClaimCacheStore store() throws Exception;

    private final UUID key = UUID.randomUUID();
    private final UUID ecs = UUID.randomUUID();

    private ClaimCacheEntry entry(int seq, UUID iteration, UUID ecsUuid) {
        return new ClaimCacheEntry(key, iteration, seq, ecsUuid, seq * 1000L + 9,
                List.of(new LocalClaim(CacheReason.PERFORMANCE, seq * 1000L, seq * 1000L + 9, seq * 1000L + 4)));
    }

    @Test
    void updateStoresReplacesAndRemovesAndFindReadsBack() throws Exception {
        ClaimCacheStore s = store();
        UUID it = UUID.randomUUID();
        ClaimCacheEntry e = entry(1, it, ecs);
        assertEquals("stored", s.update(it, current -> {
            assertTrue(current.isEmpty());
            return Update.store(e, "stored");
        }));
        assertEquals(e, s.find(it).orElseThrow());
        ClaimCacheEntry raised = e.withFloor(e.latestClaimedKeyGlobalPosition() + 100);
        s.update(it, current -> Update.store(current.orElseThrow().withFloor(raised.latestClaimedKeyGlobalPosition()), null));
        assertEquals(raised, s.find(it).orElseThrow());
        s.update(it, current -> new Update<>(Optional.empty(), null));
        assertTrue(s.find(it).isEmpty());
    }

    @Test
    void aChangeThatThrowsStoresNothing() throws Exception {
        ClaimCacheStore s = store();
        UUID it = UUID.randomUUID();
        s.update(it, c -> Update.store(entry(1, it, ecs), null));
        assertThrows(IllegalStateException.class, () -> s.update(it, c -> {
            throw new IllegalStateException("refused");
        }));
        assertEquals(entry(1, it, ecs), s.find(it).orElseThrow());
    }

    @Test
    void forKeyIsOrderedBySeqAndTheKeysEcsIsTheOneRecordedWithItsAlpha() throws Exception {
        ClaimCacheStore s = store();
        UUID other = UUID.randomUUID();
        UUID d2 = UUID.randomUUID();
        UUID alpha = UUID.randomUUID();
        s.update(d2, c -> Update.store(entry(2, d2, other), null));
        assertEquals(Optional.of(other), s.ecsOf(key), "without an Alpha entry: the lowest seq");
        s.update(alpha, c -> Update.store(entry(0, alpha, ecs), null));
        assertEquals(List.of(0, 2), s.forKey(key).stream().map(ClaimCacheEntry::seq).toList());
        assertEquals(Optional.of(ecs), s.ecsOf(key));
        assertTrue(s.ecsOf(UUID.randomUUID()).isEmpty());
        assertTrue(s.deleteKey(key));
        assertFalse(s.deleteKey(key));
        assertTrue(s.forKey(key).isEmpty());
    }

    @Test
    void concurrentUpdatesNeverLoseOne() throws Exception {
        ClaimCacheStore s = store();
        UUID it = UUID.randomUUID();
        s.update(it, c -> Update.store(new ClaimCacheEntry(key, it, 1, ecs, 999, List.of()), null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> f = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            f.add(pool.submit(() -> s.update(it, c -> {
                ClaimCacheEntry e = c.orElseThrow();
                return Update.store(e.withFloor(e.latestClaimedKeyGlobalPosition() + 1), null);
            })));
        }
        for (Future<?> x : f) x.get();
        pool.shutdown();
        assertEquals(999 + 40, s.find(it).orElseThrow().latestClaimedKeyGlobalPosition());
    }
}
