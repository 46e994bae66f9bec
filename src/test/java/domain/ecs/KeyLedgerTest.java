package domain.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.key.KeyShape;
import domain.position.PositionRange;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ECS rules every backend shares, on a key whose iterations hold C = 10 * 10 * 10 = 1000 positions. */
class KeyLedgerTest {
    private static final KeyShape SHAPE = new KeyShape(10, 10, 2);
    private static final long C = 1000;
    private final RegisteredKey key = new RegisteredKey(UUID.randomUUID(), "k", SHAPE, UUID.randomUUID(), "0.1.0");

    @Test
    void aNewKeyHasItsAlphaWithNothingClaimedAndNoDelta() {
        KeyLedger l = KeyLedger.register(key);
        assertEquals(-1, l.latestClaimed(0).orElseThrow());
        assertEquals(C, l.remaining(0).orElseThrow());
        assertTrue(l.latestClaimed(1).isEmpty());
        assertTrue(l.latestDelta().isEmpty());
        assertEquals(1, l.nextDeltaSeq());
    }

    @Test
    void claimsAreContiguousLeftToRight() {
        KeyLedger l = KeyLedger.register(key);
        ClaimResult.Claimed a = assertInstanceOf(ClaimResult.Claimed.class, l.claim(0, 100));
        assertEquals(new PositionRange(0, 99), a.range());
        ClaimResult.Claimed b = assertInstanceOf(ClaimResult.Claimed.class, a.after().claim(0, 1));
        assertEquals(new PositionRange(100, 100), b.range());
        assertEquals(100, b.after().latestClaimed(0).orElseThrow());
        assertEquals(-1, l.latestClaimed(0).orElseThrow(), "the ledger is immutable");
    }

    @Test
    void theLastPositionCanBeClaimedButNotOneMoreAndExhaustionSaysWhatIsLeft() {
        KeyLedger l = ((ClaimResult.Claimed) KeyLedger.register(key).claim(0, C - 5)).after();
        ClaimResult.Exhausted x = assertInstanceOf(ClaimResult.Exhausted.class, l.claim(0, 6));
        assertEquals(5, x.remaining());
        assertEquals(6, x.requested());
        ClaimResult.Claimed last = assertInstanceOf(ClaimResult.Claimed.class, l.claim(0, 5));
        assertEquals(new PositionRange(C - 5, C - 1), last.range());
        assertEquals(0, assertInstanceOf(ClaimResult.Exhausted.class, last.after().claim(0, 1)).remaining());
    }

    @Test
    void anIterationWithoutAPublishedDeltaCannotBeClaimed() {
        assertEquals(new ClaimResult.UnknownIteration(1), KeyLedger.register(key).claim(1, 1));
        assertThrows(IllegalArgumentException.class, () -> KeyLedger.register(key).claim(0, 0));
    }

    @Test
    void deltasAreDenseOwnTheirIterationAndStartUnclaimed() {
        UUID d1 = UUID.randomUUID();
        PublishResult.Published p = assertInstanceOf(PublishResult.Published.class, KeyLedger.register(key).publish(d1, 1));
        assertEquals(new DeltaRecord(key.keyUuid(), d1, 1, new PositionRange(C, 2 * C - 1)), p.record());
        KeyLedger l = p.after();
        assertEquals(C - 1, l.latestClaimed(1).orElseThrow());
        assertEquals(new PositionRange(C, C + 9), ((ClaimResult.Claimed) l.claim(1, 10)).range());
        assertEquals(2, l.nextDeltaSeq());
        assertEquals(new PublishResult.OutOfSequence(3, 2), l.publish(UUID.randomUUID(), 3));
        assertEquals(new PublishResult.SequenceTaken(p.record()), l.publish(UUID.randomUUID(), 1));
        assertEquals(new PublishResult.AlreadyPublished(p.record()), l.publish(d1, 1));
        assertEquals(new PublishResult.OutOfSequence(2, 1), l.publish(d1, 2), "one UUID is one Delta");
    }

    @Test
    void fastForwardMovesAPointerOnlyForwardAndInsideItsIteration() {
        KeyLedger l = KeyLedger.register(key);
        KeyLedger ff = l.fastForwardTo(0, 499);
        assertEquals(499, ff.latestClaimed(0).orElseThrow());
        assertEquals(new PositionRange(500, 509), ((ClaimResult.Claimed) ff.claim(0, 10)).range());
        assertSame(ff, ff.fastForwardTo(0, 10), "never backwards");
        assertThrows(IllegalArgumentException.class, () -> l.fastForwardTo(0, C));
        assertThrows(IllegalArgumentException.class, () -> l.fastForwardTo(1, C));
    }

    @Test
    void restoreRefusesStateThatBreaksTheRules() {
        UUID d1 = UUID.randomUUID();
        DeltaRecord one = new DeltaRecord(key.keyUuid(), d1, 1, new PositionRange(C, 2 * C - 1));
        KeyLedger ok = KeyLedger.restore(key, Map.of(0, 5L, 1, C + 7), List.of(one));
        assertEquals(C + 7, ok.latestClaimed(1).orElseThrow());
        assertEquals(ok, ((PublishResult.Published) KeyLedger.register(key).fastForwardTo(0, 5).publish(d1, 1)).after()
                .fastForwardTo(1, C + 7));
        DeltaRecord two = new DeltaRecord(key.keyUuid(), UUID.randomUUID(), 2, new PositionRange(2 * C, 3 * C - 1));
        assertThrows(IllegalArgumentException.class, () -> KeyLedger.restore(key, Map.of(0, -1L, 2, 2 * C - 1), List.of(two)),
                "a gap in the sequence");
        assertThrows(IllegalArgumentException.class, () -> KeyLedger.restore(key, Map.of(0, C), List.of()),
                "a pointer past its iteration");
        assertThrows(IllegalArgumentException.class, () -> KeyLedger.restore(key, Map.of(0, -1L), List.of(one)),
                "a Delta without its pointer");
        DeltaRecord shifted = new DeltaRecord(key.keyUuid(), d1, 1, new PositionRange(C + 1, 2 * C));
        assertThrows(IllegalArgumentException.class, () -> KeyLedger.restore(key, Map.of(0, -1L, 1, C), List.of(shifted)));
    }

    @Test
    void identityAndShapeNeverChangeButNameAndVersionMay() {
        KeyLedger l = KeyLedger.register(key);
        assertEquals("renamed", l.withKey(key.withName("renamed")).key().keyName());
        RegisteredKey other = new RegisteredKey(key.keyUuid(), "k", new KeyShape(10, 10, 3), key.alphaIterationUuid(), "0.1.0");
        assertThrows(IllegalArgumentException.class, () -> l.withKey(other));
    }

    @Test
    void iterationsBeyondTheSixtyFourBitRangeDoNotExist() {
        RegisteredKey big = new RegisteredKey(UUID.randomUUID(), "big", new KeyShape(3906, 3906, 4), UUID.randomUUID(), "v");
        KeyLedger l = KeyLedger.register(big);
        long c = big.iterationCapacity();
        int last = (int) (Long.MAX_VALUE / c) - 1;
        KeyLedger at = l;
        assertTrue(domain.position.IterationPositions.exists(c, last));
        assertTrue(!domain.position.IterationPositions.exists(c, last + 1));
        assertInstanceOf(PublishResult.Published.class, at.publish(UUID.randomUUID(), 1));
    }

    @Test
    void mergeKeepsEveryDeltaAndTheFurtherPointerOfEachIteration() {
        UUID d1 = UUID.randomUUID();
        UUID d2 = UUID.randomUUID();
        KeyLedger old = ((PublishResult.Published) KeyLedger.register(key).fastForwardTo(0, 40).publish(d1, 1)).after()
                .fastForwardTo(1, C + 500);
        KeyLedger newer = ((PublishResult.Published) old.fastForwardTo(0, 90).publish(d2, 2)).after().fastForwardTo(2, 2 * C + 7);
        KeyLedger restoredAndUsed = old.fastForwardTo(1, C + 600);
        KeyLedger merged = restoredAndUsed.merge(newer);
        assertEquals(2, merged.deltas().size());
        assertEquals(90, merged.latestClaimed(0).orElseThrow());
        assertEquals(C + 600, merged.latestClaimed(1).orElseThrow(), "the restored copy went further here");
        assertEquals(2 * C + 7, merged.latestClaimed(2).orElseThrow());
        assertEquals(merged, newer.merge(restoredAndUsed), "the order does not matter");
        KeyLedger rival = ((PublishResult.Published) KeyLedger.register(key).publish(UUID.randomUUID(), 1)).after();
        assertThrows(IllegalArgumentException.class, () -> rival.merge(newer), "another Delta 1: a different lineage");
    }
}
