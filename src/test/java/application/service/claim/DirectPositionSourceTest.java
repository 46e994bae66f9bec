package application.service.claim;

import static application.service.claim.ClaimFixture.GB;
import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.EcsUnavailableException;
import domain.position.PositionRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Positions without the cache: exactly the request, guarded by and raising the high-water floor. */
class DirectPositionSourceTest {

    @Test
    void oneEcsClaimOfExactlyTheRequestRaisesTheFloorAndLeavesTheClaimsAlone() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB).seed(OFFLINE, 5 * GB);
        var claimsBefore = f.entry().claims();
        long start = f.ecsNext();
        PositionRange r = f.take(new DirectPositionSource(f.cache, f.registry), 3 * GB);
        assertEquals(PositionRange.ofSize(start, 3 * GB), r);
        assertEquals(List.of(3 * GB), f.callSizes(), "even though a PERFORMANCE claim could have served it");
        assertEquals(claimsBefore, f.entry().claims());
        assertEquals(r.end(), f.entry().latestClaimedKeyGlobalPosition());
    }

    @Test
    void aNewIterationGetsAnEntryHoldingOnlyTheFloor() {
        ClaimFixture f = new ClaimFixture();
        assertEquals(PositionRange.ofSize(f.capacity, 1024), f.take(new DirectPositionSource(f.cache, f.registry), 1024));
        assertTrue(f.entry().claims().isEmpty());
        assertEquals(f.capacity + 1023, f.entry().latestClaimedKeyGlobalPosition());
    }

    @Test
    void anUnavailableEcsPropagatesWithoutOfflineFallback() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 5 * GB);
        f.registry.unavailable("connect timed out");
        assertThrows(EcsUnavailableException.class, () -> f.take(new DirectPositionSource(f.cache, f.registry), GB));
        assertEquals(5 * GB, f.remaining(OFFLINE));
        assertEquals(List.of(GB), f.callSizes());
    }

    @Test
    void aRangeAtOrBelowTheFloorIsRejected() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 5 * GB);
        var before = f.entry();
        f.registry.returnOnce(PositionRange.ofSize(before.latestClaimedKeyGlobalPosition(), GB));
        assertThrows(UnsafeClaimException.class, () -> f.take(new DirectPositionSource(f.cache, f.registry), GB));
        assertEquals(before, f.entry());
    }
}
