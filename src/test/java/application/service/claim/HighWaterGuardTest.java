package application.service.claim;

import static application.service.claim.ClaimFixture.GB;
import static application.service.claim.ClaimFixture.MB;
import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.claim.ClaimCacheEntry;
import domain.position.PositionRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The local high-water safety guard on the external path, the end-of-iteration fit, and the
 * external-path hook: what is returned, what the ECS was asked, and what is stored.
 */
class HighWaterGuardTest {

    @Test
    void anEcsRangeStartingAtTheFloorIsRejectedNamingTheKeyIterationAndNothingIsStored() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, MB).seed(OFFLINE, 50 * GB);
        ClaimCacheEntry before = f.entry();
        long floor = before.latestClaimedKeyGlobalPosition();
        f.registry.returnOnce(PositionRange.ofSize(floor, 10 * GB));
        UnsafeClaimException e = assertThrows(UnsafeClaimException.class, () -> f.take(f.source("10", "10", false), GB));
        assertTrue(e.getMessage().contains(f.iteration.toString()) && e.getMessage().contains(f.key.toString()), e.getMessage());
        assertEquals(f.iteration, e.iterationUuid());
        assertEquals(List.of(10 * GB), f.callSizes());
        assertEquals(before, f.entry(), "no OFFLINE fallback and nothing stored");
    }

    @Test
    void anEcsRangeReplayingEarlierPositionsIsRejected() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 50 * GB);
        f.registry.returnOnce(PositionRange.ofSize(f.capacity, 10 * GB));
        assertThrows(UnsafeClaimException.class, () -> f.take(f.source("10", "10", false), GB));
        assertEquals(List.of(10 * GB), f.callSizes());
    }

    @Test
    void aRangeStartingOneAboveTheFloorIsAccepted() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 50 * GB);
        long floor = f.entry().latestClaimedKeyGlobalPosition();
        f.registry.returnOnce(PositionRange.ofSize(floor + 1, 10 * GB));
        assertEquals(PositionRange.ofSize(floor + 1, GB), f.take(f.source("10", "10", false), GB));
    }

    @Test
    void aNewEntryAcceptsNothingBeforeTheIterationsFirstPosition() {
        ClaimFixture f = new ClaimFixture();
        f.registry.returnOnce(PositionRange.ofSize(f.capacity - 1, 20 * GB));
        assertThrows(UnsafeClaimException.class, () -> f.take(f.source("10", "10", false), GB));
        assertTrue(f.cache.find(f.iteration).isEmpty(), "the new entry is not stored either");
    }

    @Test
    void aRangeOfTheWrongSizeIsRejected() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 50 * GB);
        f.registry.returnOnce(PositionRange.ofSize(f.ecsNext(), GB));
        UnsafeClaimException e = assertThrows(UnsafeClaimException.class, () -> f.take(f.source("10", "10", false), GB));
        assertTrue(e.getMessage().contains("for a claim of 10000000000"), e.getMessage());
    }

    @Test
    void aRangeOutsideTheIterationIsRejected() {
        ClaimFixture f = new ClaimFixture(100 * GB);
        f.registry.returnOnce(PositionRange.ofSize(200 * GB - 5 * GB, 10 * GB));
        assertThrows(UnsafeClaimException.class, () -> f.take(f.source("10", "0", false), GB));
    }

    @Test
    void nearTheEndOfAnIterationTheClaimShrinksToWhatIsLeft() {
        ClaimFixture f = new ClaimFixture(100 * GB);
        f.registry.advance(f.key, 1, 100 * GB + 95 * GB - 1);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("10", "10", false), 3 * GB));
        assertEquals(List.of(20 * GB, 5 * GB), f.callSizes(), "refused for 20 GB, then the 5 GB left");
        assertEquals(2 * GB, f.remaining(PERFORMANCE), "the 5 GB left became the PERFORMANCE claim");
        assertEquals(0, f.count(OFFLINE), "nothing was left for an OFFLINE tail");
    }

    @Test
    void whenNotEvenTheRequestFitsTheIterationIsReportedExhausted() {
        ClaimFixture f = new ClaimFixture(100 * GB);
        f.registry.advance(f.key, 1, 200 * GB - 2 * GB - 1);
        assertThrows(application.port.out.CapacityExhaustedException.class, () -> f.take(f.source("10", "10", false), 3 * GB));
        assertEquals(List.of(20 * GB), f.callSizes());
    }

    @Test
    void theExternalPathHookRunsOnlyWhenTheEcsIsNeeded() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB).seed(OFFLINE, 10 * GB);
        List<ClaimTarget> hooked = new ArrayList<>();
        CachingPositionSource source = new CachingPositionSource(f.cache, f.registry,
                new application.port.out.ClaimSettings(false, java.math.BigDecimal.TEN, java.math.BigDecimal.TEN), hooked::add);
        source.take(f.target(), GB);
        assertEquals(List.of(), hooked, "a PERFORMANCE hit never reconciles (D3)");
        source.take(f.target(), 6 * GB);
        assertEquals(List.of(f.target()), hooked);
        assertEquals(List.of(10 * GB), f.callSizes());
    }
}
