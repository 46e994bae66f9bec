package domain.claim;

import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.position.PositionRange;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The decision flow as pure functions, with small numbers: iteration seq 1 of C = 1,000,000 positions
 * ([1,000,000, 1,999,999]), PERFORMANCE chunk 100, OFFLINE target 50.
 */
class ClaimPolicyTest {
    static final long C = 1_000_000;
    static final long CHUNK = 100;
    static final long TARGET = 50;

    static ClaimCacheEntry entry(LocalClaim... claims) {
        ClaimCacheEntry e = ClaimCacheEntry.fresh(new UUID(0, 1), new UUID(0, 2), 1, new UUID(0, 3), C);
        long floor = C - 1;
        for (LocalClaim c : claims) {
            e = e.add(c);
            floor = Math.max(floor, c.end());
        }
        return e.withFloor(floor);
    }

    static LocalClaim fresh(CacheReason reason, long start, long size) {
        return LocalClaim.fresh(reason, PositionRange.ofSize(start, size));
    }

    // ---- decide ----

    @Test
    void aPerformanceHitIsServedLocallyWhateverOfflineModeAndOfflineSay() {
        ClaimCacheEntry e = entry(fresh(PERFORMANCE, C, 100));
        for (boolean offlineMode : new boolean[] {false, true}) {
            var d = assertInstanceOf(ClaimDecision.FromPerformance.class, ClaimPolicy.decide(e, 30, CHUNK, TARGET, offlineMode));
            assertEquals(PositionRange.ofSize(C, 30), d.range());
            assertEquals(List.of(new LocalClaim(PERFORMANCE, C, C + 99, C + 29)), d.updated().claims());
            assertEquals(e.latestClaimedKeyGlobalPosition(), d.updated().latestClaimedKeyGlobalPosition());
        }
    }

    @Test
    void aMissWithOfflineAtTargetAsksForTheRefillOnly() {
        ClaimCacheEntry e = entry(fresh(PERFORMANCE, C, 20), fresh(OFFLINE, C + 20, TARGET));
        assertEquals(new ClaimDecision.External(30, 100, 0), ClaimPolicy.decide(e, 30, CHUNK, TARGET, false));
        assertEquals(new ClaimDecision.External(230, 300, 0), ClaimPolicy.decide(e, 230, CHUNK, TARGET, false));
    }

    @Test
    void aMissWithOfflineBelowTargetAddsTheFullTarget() {
        ClaimCacheEntry e = entry(fresh(OFFLINE, C, TARGET - 1));
        var x = assertInstanceOf(ClaimDecision.External.class, ClaimPolicy.decide(e, 30, CHUNK, TARGET, false));
        assertEquals(new ClaimDecision.External(30, 100, TARGET), x);
        assertEquals(150, x.total());
    }

    @Test
    void performanceDisabledAsksForTheRequestPlusAnyTopUp() {
        ClaimCacheEntry withLeftover = entry(fresh(PERFORMANCE, C, 100));
        var x = assertInstanceOf(ClaimDecision.External.class, ClaimPolicy.decide(withLeftover, 30, 0, TARGET, false));
        assertTrue(x.direct());
        assertEquals(30, x.requestPart());
        assertEquals(80, x.total());
        assertEquals(new ClaimDecision.External(30, 0, 0), ClaimPolicy.decide(withLeftover, 30, 0, 0, false));
    }

    @Test
    void offlineModeOnAMissGoesToTheOfflineCache() {
        ClaimCacheEntry e = entry(fresh(OFFLINE, C, 40), fresh(OFFLINE, C + 40, 60));
        var d = assertInstanceOf(ClaimDecision.FromOffline.class, ClaimPolicy.decide(e, 35, CHUNK, TARGET, true));
        assertEquals(PositionRange.ofSize(C, 35), d.range(), "best fit: the 40");
        assertEquals(new ClaimDecision.InsufficientOffline(70, 60), ClaimPolicy.decide(e, 70, CHUNK, TARGET, true));
    }

    @Test
    void offlineFallbackTakesOneOfflineClaimOrReportsTheLargest() {
        ClaimCacheEntry e = entry(fresh(OFFLINE, C, 60), fresh(OFFLINE, C + 60, 60), fresh(PERFORMANCE, C + 120, 500));
        assertEquals(new ClaimDecision.InsufficientOffline(90, 60), ClaimPolicy.offlineFallback(e, 90));
        var d = assertInstanceOf(ClaimDecision.FromOffline.class, ClaimPolicy.offlineFallback(e, 60));
        assertEquals(PositionRange.ofSize(C, 60), d.range());
        assertEquals(60, d.updated().remaining(OFFLINE));
    }

    @Test
    void aRequestIsAtLeastOnePosition() {
        assertThrows(IllegalArgumentException.class, () -> ClaimPolicy.decide(entry(), 0, CHUNK, TARGET, false));
        assertThrows(IllegalArgumentException.class, () -> ClaimPolicy.direct(0));
    }

    // ---- accept: partitioning ----

    @Test
    void performancePlusOfflineIsSplitHeadAndTailAndTheFloorMovesToTheEnd() {
        ClaimCacheEntry e = entry();
        var x = new ClaimDecision.External(30, 100, TARGET);
        var a = assertInstanceOf(ClaimOutcome.Accepted.class, ClaimPolicy.accept(e, x, PositionRange.ofSize(C + 500, 150), C));
        assertEquals(PositionRange.ofSize(C + 500, 30), a.range());
        assertEquals(List.of(new LocalClaim(PERFORMANCE, C + 500, C + 599, C + 529), fresh(OFFLINE, C + 600, 50)),
                a.updated().claims());
        assertEquals(C + 649, a.updated().latestClaimedKeyGlobalPosition());
    }

    @Test
    void performanceOnlyBecomesOneClaimTheRequestIsSubClaimedFrom() {
        var a = assertInstanceOf(ClaimOutcome.Accepted.class,
                ClaimPolicy.accept(entry(), new ClaimDecision.External(100, 100, 0), PositionRange.ofSize(C, 100), C));
        assertEquals(PositionRange.ofSize(C, 100), a.range());
        assertEquals(List.of(new LocalClaim(PERFORMANCE, C, C + 99, C + 99)), a.updated().claims(), "kept, consumed");
    }

    @Test
    void directRequestWithOfflineTail() {
        var a = assertInstanceOf(ClaimOutcome.Accepted.class,
                ClaimPolicy.accept(entry(), new ClaimDecision.External(30, 0, TARGET), PositionRange.ofSize(C, 80), C));
        assertEquals(PositionRange.ofSize(C, 30), a.range());
        assertEquals(List.of(fresh(OFFLINE, C + 30, 50)), a.updated().claims());
        assertEquals(C + 79, a.updated().latestClaimedKeyGlobalPosition());
    }

    @Test
    void directRequestAloneOnlyMovesTheFloor() {
        var a = assertInstanceOf(ClaimOutcome.Accepted.class,
                ClaimPolicy.accept(entry(), ClaimPolicy.direct(30), PositionRange.ofSize(C + 7, 30), C));
        assertEquals(PositionRange.ofSize(C + 7, 30), a.range());
        assertEquals(List.of(), a.updated().claims());
        assertEquals(C + 36, a.updated().latestClaimedKeyGlobalPosition());
    }

    @Test
    void aNewPerformanceClaimPrunedOnArrivalStillServesTheRequest() {
        LocalClaim[] big = new LocalClaim[10];
        for (int i = 0; i < 10; i++) big[i] = fresh(PERFORMANCE, C + i * 1000L, 1000);
        ClaimCacheEntry e = entry(big);
        var a = assertInstanceOf(ClaimOutcome.Accepted.class,
                ClaimPolicy.accept(e, new ClaimDecision.External(30, 100, 0), PositionRange.ofSize(C + 20_000, 100), C));
        assertEquals(PositionRange.ofSize(C + 20_000, 30), a.range());
        assertEquals(e.claims(), a.updated().claims(), "the 100-position claim was the smallest of 11");
        assertEquals(C + 20_099, a.updated().latestClaimedKeyGlobalPosition(), "but the floor covers it");
    }

    // ---- accept: the guard ----

    @Test
    void aRangeAtOrBelowTheFloorIsUnsafe() {
        ClaimCacheEntry e = entry(fresh(OFFLINE, C, 500));
        var x = new ClaimDecision.External(30, 100, 0);
        assertEquals(new ClaimOutcome.Unsafe(PositionRange.ofSize(C + 499, 100), C + 499, ClaimOutcome.Breach.AT_OR_BELOW_FLOOR),
                ClaimPolicy.accept(e, x, PositionRange.ofSize(C + 499, 100), C));
        assertInstanceOf(ClaimOutcome.Unsafe.class, ClaimPolicy.accept(e, x, PositionRange.ofSize(C + 10, 100), C));
        assertInstanceOf(ClaimOutcome.Accepted.class, ClaimPolicy.accept(e, x, PositionRange.ofSize(C + 500, 100), C));
    }

    @Test
    void aRangeOutsideTheIterationOrOfTheWrongSizeIsUnsafe() {
        var x = new ClaimDecision.External(30, 100, 0);
        assertEquals(ClaimOutcome.Breach.OUTSIDE_ITERATION, assertInstanceOf(ClaimOutcome.Unsafe.class,
                ClaimPolicy.accept(entry(), x, PositionRange.ofSize(2 * C - 50, 100), C)).breach());
        assertEquals(ClaimOutcome.Breach.WRONG_SIZE, assertInstanceOf(ClaimOutcome.Unsafe.class,
                ClaimPolicy.accept(entry(), x, PositionRange.ofSize(C, 99), C)).breach());
        assertEquals(ClaimOutcome.Breach.WRONG_SIZE, assertInstanceOf(ClaimOutcome.Unsafe.class,
                ClaimPolicy.accept(entry(), x, PositionRange.ofSize(C, 101), C)).breach());
    }

    // ---- the tail of an iteration ----

    @Test
    void fitToRemainingCutsThePerformancePartFirstThenTheTopUp() {
        var x = new ClaimDecision.External(30, 100, 50);
        assertEquals(Optional.of(x), ClaimPolicy.fitToRemaining(x, 150));
        assertEquals(Optional.of(new ClaimDecision.External(30, 100, 20)), ClaimPolicy.fitToRemaining(x, 120));
        assertEquals(Optional.of(new ClaimDecision.External(30, 60, 0)), ClaimPolicy.fitToRemaining(x, 60));
        assertEquals(Optional.of(new ClaimDecision.External(30, 30, 0)), ClaimPolicy.fitToRemaining(x, 30));
        assertEquals(Optional.empty(), ClaimPolicy.fitToRemaining(x, 29));
        assertEquals(Optional.of(new ClaimDecision.External(30, 0, 10)),
                ClaimPolicy.fitToRemaining(new ClaimDecision.External(30, 0, 50), 40));
    }
}
