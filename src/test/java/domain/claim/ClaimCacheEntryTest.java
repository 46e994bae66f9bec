package domain.claim;

import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.position.PositionRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Best fit, pruning, totals and the floor of one iteration's cache entry. */
class ClaimCacheEntryTest {
    static final UUID KEY = new UUID(1, 1);
    static final UUID ITERATION = new UUID(1, 2);
    static final UUID ECS = new UUID(1, 3);

    static ClaimCacheEntry empty() {
        return ClaimCacheEntry.fresh(KEY, ITERATION, 1, ECS, 0);
    }

    static LocalClaim claim(CacheReason reason, long start, long size) {
        return LocalClaim.fresh(reason, PositionRange.ofSize(start, size));
    }

    @Test
    void aFreshEntryHasNoClaimsAndAFloorJustBelowTheIteration() {
        ClaimCacheEntry e = ClaimCacheEntry.fresh(KEY, ITERATION, 2, ECS, 2000);
        assertEquals(1999, e.latestClaimedKeyGlobalPosition());
        assertEquals(List.of(), e.claims());
        assertFalse(e.acceptsRangeStartingAt(1999));
        assertTrue(e.acceptsRangeStartingAt(2000));
    }

    @Test
    void theFloorOnlyRises() {
        ClaimCacheEntry e = empty().withFloor(5000);
        assertEquals(5000, e.latestClaimedKeyGlobalPosition());
        assertEquals(5000, e.withFloor(4000).latestClaimedKeyGlobalPosition());
        assertFalse(e.acceptsRangeStartingAt(5000), "strictly above the floor");
        assertTrue(e.acceptsRangeStartingAt(5001));
    }

    @Test
    void p5_bestFitIsTheSmallestClaimThatHoldsTheRequest() {
        ClaimCacheEntry e = empty().add(claim(PERFORMANCE, 0, 700)).add(claim(PERFORMANCE, 1000, 800))
                .add(claim(PERFORMANCE, 2000, 900)).add(claim(OFFLINE, 3000, 5000));
        assertEquals(2000, e.bestFit(PERFORMANCE, 850).orElseThrow().start());
        assertEquals(1000, e.bestFit(PERFORMANCE, 750).orElseThrow().start());
        assertEquals(0, e.bestFit(PERFORMANCE, 700).orElseThrow().start(), "remaining == request fits");
        assertEquals(Optional.empty(), e.bestFit(PERFORMANCE, 950), "E1: never stitched");
        assertEquals(3000, e.bestFit(OFFLINE, 950).orElseThrow().start(), "reasons are separate");
    }

    @Test
    void bestFitTiesGoToTheLowestStart() {
        ClaimCacheEntry e = empty().add(claim(OFFLINE, 5000, 600)).add(claim(OFFLINE, 1000, 600));
        assertEquals(1000, e.bestFit(OFFLINE, 600).orElseThrow().start());
    }

    @Test
    void takingFromAClaimAdvancesItInPlaceAndKeepsItWhenConsumed() {
        LocalClaim a = claim(OFFLINE, 0, 600);
        LocalClaim b = claim(OFFLINE, 1000, 600);
        ClaimCacheEntry e = empty().add(a).add(b);
        ClaimCacheEntry.Served s = e.take(b, 600);
        assertEquals(new PositionRange(1000, 1599), s.range());
        assertEquals(List.of(a, new LocalClaim(OFFLINE, 1000, 1599, 1599)), s.entry().claims());
        assertEquals(600, s.entry().remaining(OFFLINE));
        assertEquals(1200, s.entry().total(OFFLINE));
        assertThrows(IllegalArgumentException.class, () -> e.take(claim(OFFLINE, 7000, 10), 1));
    }

    @Test
    void p6_anEleventhClaimDropsTheSmallestRemainingOfItsReasonOnly() {
        ClaimCacheEntry e = empty();
        for (int i = 1; i <= 10; i++) e = e.add(claim(PERFORMANCE, i * 1000L, i * 10L));
        e = e.add(claim(OFFLINE, 50_000, 5));
        e = e.add(claim(PERFORMANCE, 90_000, 500));
        assertEquals(10, e.claims(PERFORMANCE).size());
        assertTrue(e.claims(PERFORMANCE).stream().noneMatch(c -> c.start() == 1000), "the 10-position claim went");
        assertTrue(e.claims(PERFORMANCE).stream().anyMatch(c -> c.start() == 90_000));
        assertEquals(List.of(claim(OFFLINE, 50_000, 5)), e.claims(OFFLINE), "the smaller OFFLINE claim is untouched");
    }

    @Test
    void o8_offlineLimitIsIndependentOfPerformance() {
        ClaimCacheEntry e = empty();
        for (int i = 1; i <= 10; i++) e = e.add(claim(PERFORMANCE, i * 1000L, 1));
        for (int i = 1; i <= 10; i++) e = e.add(claim(OFFLINE, 100_000 + i * 1000L, i * 10L));
        assertEquals(Map.of(PERFORMANCE, 10, OFFLINE, 10), e.countsByReason());
        e = e.add(claim(OFFLINE, 500_000, 200));
        assertEquals(Map.of(PERFORMANCE, 10, OFFLINE, 10), e.countsByReason());
        assertTrue(e.claims(OFFLINE).stream().noneMatch(c -> c.start() == 101_000));
    }

    @Test
    void pruningDropsConsumedClaimsFirstOldestFirst() {
        ClaimCacheEntry e = empty();
        for (int i = 1; i <= 10; i++) e = e.add(claim(PERFORMANCE, i * 1000L, 100));
        e = e.take(e.claims().get(3), 100).entry().take(e.claims().get(1), 100).entry();
        e = e.add(claim(PERFORMANCE, 90_000, 100));
        assertTrue(e.claims().stream().noneMatch(c -> c.start() == 2000), "consumed, lowest start");
        assertTrue(e.claims().stream().anyMatch(c -> c.start() == 4000 && c.consumed()), "the other consumed one stays");
    }

    @Test
    void theNewClaimItselfIsDroppedWhenItIsTheSmallest() {
        ClaimCacheEntry e = empty();
        for (int i = 1; i <= 10; i++) e = e.add(claim(OFFLINE, i * 1000L, 100));
        ClaimCacheEntry after = e.add(claim(OFFLINE, 90_000, 50));
        assertEquals(e.claims(), after.claims());
    }

    @Test
    void totalsPerReason() {
        ClaimCacheEntry e = empty().add(new LocalClaim(PERFORMANCE, 1000, 1999, 1119))
                .add(claim(PERFORMANCE, 6000, 1000)).add(new LocalClaim(OFFLINE, 9000, 9999, 9449));
        assertEquals(880 + 1000, e.remaining(PERFORMANCE));
        assertEquals(2000, e.total(PERFORMANCE));
        assertEquals(1000, e.largestRemaining(PERFORMANCE));
        assertEquals(550, e.remaining(OFFLINE));
        assertEquals(Map.of(PERFORMANCE, 2, OFFLINE, 1), e.countsByReason());
        assertEquals(0, empty().largestRemaining(OFFLINE));
        assertEquals(Map.of(), empty().countsByReason());
    }
}
