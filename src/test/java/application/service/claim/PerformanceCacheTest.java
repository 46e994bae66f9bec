package application.service.claim;

import static application.service.claim.ClaimFixture.GB;
import static application.service.claim.ClaimFixture.MB;
import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import domain.claim.LocalClaim;
import domain.position.PositionRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference's PERFORMANCE cache scenarios P1–P6: range returned and ECS claims made. */
class PerformanceCacheTest {

    @Test
    void p1_localHit_servedFromPerformanceWithoutEcsCall() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB);
        assertEquals(f.fromSeeded(0, GB), f.take(f.source("10", "10", false), GB));
        assertEquals(List.of(), f.callSizes());
        assertEquals(4 * GB, f.remaining(PERFORMANCE));
    }

    @Test
    void p2_localMiss_oneEcsClaimOfOneChunkAndRequestServedFromIt() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB).seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("10", "10", false), 3 * GB));
        assertEquals(List.of(10 * GB), f.callSizes(), "OFFLINE at target: no top-up part");
        assertEquals(7 * GB, f.claimAt(PERFORMANCE, start).remaining());
        assertEquals(f.seeded(0), f.claimAt(PERFORMANCE, f.seeded(0).start()), "the 2 GB claim is kept as it was");
    }

    @Test
    void p2_localMissWithOfflineLow_theOneClaimIncludesTheTopUp() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("10", "10", false), 3 * GB));
        assertEquals(List.of(20 * GB), f.callSizes());
    }

    @Test
    void p3_largeRequest_refillIsCeil23Over10Times10AndRequestTakesTheFirst23Gb() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 23 * GB), f.take(f.source("10", "10", false), 23 * GB));
        assertEquals(List.of(30 * GB), f.callSizes());
        assertEquals(new LocalClaim(PERFORMANCE, start, start + 30 * GB - 1, start + 23 * GB - 1), f.claimAt(PERFORMANCE, start));
    }

    @Test
    void p4_performanceDisabled_requestClaimedDirectlyAndNoPerformanceClaimCreated() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("0", "10", false), 3 * GB));
        assertEquals(List.of(3 * GB), f.callSizes());
        assertEquals(0, f.count(PERFORMANCE));
    }

    @Test
    void p4_performanceDisabled_leftoverPerformanceClaimsAreNotUsed() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB).seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, GB), f.take(f.source("0", "10", false), GB));
        assertEquals(List.of(GB), f.callSizes(), "disabled means the external path, as the flow chart says");
        assertEquals(5 * GB, f.remaining(PERFORMANCE));
    }

    @Test
    void p5_fragmentedCache_smallestMatchingClaimServesAndNoSingleFitGoesExternal() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 700 * MB).seed(PERFORMANCE, 800 * MB)
                .seed(PERFORMANCE, 900 * MB).seed(OFFLINE, 10 * GB);
        assertEquals(f.fromSeeded(2, 850 * MB), f.take(f.source("10", "10", false), 850 * MB), "the 900 MB claim");
        assertEquals(List.of(), f.callSizes());

        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 950 * MB), f.take(f.source("10", "10", false), 950 * MB));
        assertEquals(List.of(10 * GB), f.callSizes(), "700 + 800 + 50 MB left, but no single claim holds 950 MB");
    }

    @Test
    void p6_anEleventhPerformanceClaimDropsTheSmallestRemaining() {
        ClaimFixture f = new ClaimFixture();
        for (int i = 1; i <= 10; i++) f.seed(PERFORMANCE, i * 10 * MB);
        f.seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 200 * MB), f.take(f.source("10", "10", false), 200 * MB));
        assertEquals(List.of(10 * GB), f.callSizes());
        assertEquals(10, f.count(PERFORMANCE));
        assertFalse(f.entry().claims().contains(f.seeded(0)), "the 10 MB claim was dropped");
        assertEquals(10 * GB - 200 * MB, f.claimAt(PERFORMANCE, start).remaining());
        assertEquals(1, f.count(OFFLINE));
    }
}
