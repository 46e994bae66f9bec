package adapters.out.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.CapacityExhaustedException;
import application.port.out.ClaimRegistry;
import application.port.out.DeltaConflictException;
import domain.ecs.DeltaRecord;
import application.port.out.DeltaRegistry;
import application.port.out.EcsException;
import application.port.out.KeyRegistry;
import domain.ecs.RegisteredKey;
import domain.key.KeyShape;
import domain.position.PositionRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every ECS backend must do for the key, claim and Delta roles; one subclass per adapter. */
public abstract class ClaimRegistryContract {
    /** A small iteration so capacity edges are cheap to reach. */
    protected static final long C = 1000;

    @TempDir
    protected Path tmp;

    /** A fresh backend playing all three roles. */
    protected abstract <T extends KeyRegistry & ClaimRegistry & DeltaRegistry> T backend() throws Exception;

    private RegisteredKey key() {
        return new RegisteredKey(UUID.randomUUID(), "k", new KeyShape(10, 10, 2), UUID.randomUUID(), "0.1.0");
    }

    @Test
    void claimsAreContiguousAndNeverOverlap() throws Exception {
        var ecs = backend();
        RegisteredKey k = key();
        ecs.register(k, java.util.Optional.empty());
        assertEquals(-1, ecs.latestClaimed(k.keyUuid(), 0));
        assertEquals(new PositionRange(0, 99), ecs.claim(k.keyUuid(), 0, 100));
        assertEquals(new PositionRange(100, 100), ecs.claim(k.keyUuid(), 0, 1));
        assertEquals(100, ecs.latestClaimed(k.keyUuid(), 0));
    }

    @Test
    void theLastPositionCanBeClaimedButNotOneMore() throws Exception {
        var ecs = backend();
        RegisteredKey k = key();
        ecs.register(k, java.util.Optional.empty());
        ecs.claim(k.keyUuid(), 0, C - 1);
        assertEquals(new PositionRange(C - 1, C - 1), ecs.claim(k.keyUuid(), 0, 1));
        CapacityExhaustedException e = assertThrows(CapacityExhaustedException.class, () -> ecs.claim(k.keyUuid(), 0, 1));
        assertEquals(0, e.remaining());
    }

    @Test
    void deltasAreDenseAndOwnTheirIteration() throws Exception {
        var ecs = backend();
        RegisteredKey k = key();
        ecs.register(k, java.util.Optional.empty());
        assertThrows(EcsException.class, () -> ecs.claim(k.keyUuid(), 1, 1));
        byte[] payload = "encrypted delta".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DeltaRecord d1 = new DeltaRecord(k.keyUuid(), UUID.randomUUID(), 1, new PositionRange(C, 2 * C - 1));
        ecs.publish(d1, payload);
        assertEquals(List.of(d1), ecs.list(k.keyUuid()));
        assertEquals(new PositionRange(C, C + 9), ecs.claim(k.keyUuid(), 1, 10));
        DeltaRecord rival = new DeltaRecord(k.keyUuid(), UUID.randomUUID(), 1, new PositionRange(C, 2 * C - 1));
        assertThrows(DeltaConflictException.class, () -> ecs.publish(rival, payload));
        DeltaRecord gap = new DeltaRecord(k.keyUuid(), UUID.randomUUID(), 3, new PositionRange(3 * C, 4 * C - 1));
        assertThrows(DeltaConflictException.class, () -> ecs.publish(gap, payload));
        assertEquals("encrypted delta", new String(ecs.download(k.keyUuid(), d1.deltaUuid()), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void unknownKeysAreRefusedAndRegistrationIsIdempotentForTheSameKeyOnly() throws Exception {
        var ecs = backend();
        RegisteredKey k = key();
        assertTrue(ecs.find(k.keyUuid()).isEmpty());
        assertThrows(EcsException.class, () -> ecs.claim(k.keyUuid(), 0, 1));
        ecs.register(k, java.util.Optional.empty());
        assertEquals(k, ecs.find(k.keyUuid()).orElseThrow());
        ecs.register(k, java.util.Optional.empty());
        assertEquals(k, ecs.find(k.keyUuid()).orElseThrow(), "registering the same key again changes nothing");
        assertThrows(EcsException.class, () -> ecs.register(k.withName("another"), java.util.Optional.empty()),
                "another key under a registered UUID is refused");
        assertTrue(ecs.delete(k.keyUuid()));
        assertFalse(ecs.delete(k.keyUuid()));
    }

    @Test
    void concurrentClaimsFromManyThreadsArePairwiseDisjoint() throws Exception {
        var ecs = backend();
        RegisteredKey k = key();
        ecs.register(k, java.util.Optional.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<PositionRange>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) futures.add(pool.submit(() -> ecs.claim(k.keyUuid(), 0, 7)));
        List<PositionRange> ranges = new ArrayList<>();
        for (Future<PositionRange> f : futures) ranges.add(f.get());
        pool.shutdown();
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) assertFalse(ranges.get(i).overlaps(ranges.get(j)), ranges.get(i) + " " + ranges.get(j));
        }
        assertEquals(40 * 7 - 1, ecs.latestClaimed(k.keyUuid(), 0));
    }
}
