package application.service.claim;

import static application.service.claim.ClaimFixture.GB;
import static application.service.claim.ClaimFixture.MB;
import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import domain.claim.ClaimCacheEntry;
import domain.claim.LocalClaim;
import domain.position.PositionRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference's OFFLINE cache scenarios O1–O8: range returned and ECS claims made. */
class OfflineCacheTest {

    @Test
    void o1_usersExample_belowTargetTheNextExternalClaimAddsTheFullTarget() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, GB);
        assertEquals(f.fromSeeded(0, 10 * MB), f.take(f.source("10", "1", true), 10 * MB), "offline usage of 10 MB");
        assertEquals(990 * MB, f.remaining(OFFLINE));

        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, GB), f.take(f.source("10", "1", false), GB));
        assertEquals(List.of(10 * GB + GB), f.callSizes(), "990 MB < 1 GB: the full 1 GB target is added");
        assertEquals(1990 * MB, f.remaining(OFFLINE));

        long next = f.ecsNext();
        assertEquals(PositionRange.ofSize(next, 10 * GB), f.take(f.source("10", "1", false), 10 * GB));
        assertEquals(List.of(11 * GB, 10 * GB), f.callSizes(), "1990 MB >= 1 GB: no top-up until it drops below again");
    }

    @Test
    void o2_exactlyAtThreshold_sufficientAndNoTopUp() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("10", "1", false), 3 * GB));
        assertEquals(List.of(10 * GB), f.callSizes());
        assertEquals(GB, f.remaining(OFFLINE));
    }

    @Test
    void o3_performanceHitWhileOfflineIsLow_noEcsCallNoTopUp() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB).seed(OFFLINE, 10 * MB);
        assertEquals(f.fromSeeded(0, GB), f.take(f.source("10", "1", false), GB));
        assertEquals(List.of(), f.callSizes());
        assertEquals(10 * MB, f.remaining(OFFLINE));
    }

    @Test
    void o4_performanceDisabledOfflineLowEcsReachable_requestPlusTargetAndTailStoredOffline() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * MB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("0", "1", false), 3 * GB));
        assertEquals(List.of(3 * GB + GB), f.callSizes());
        assertEquals(LocalClaim.fresh(OFFLINE, PositionRange.ofSize(start + 3 * GB, GB)), f.claimAt(OFFLINE, start + 3 * GB));
        assertEquals(10 * MB + GB, f.remaining(OFFLINE));
    }

    @Test
    void o5_ecsUnavailableOfflineSufficient_servedFromOffline() {
        for (String cause : new String[] {"connect timed out", "HTTP 429", "HTTP 503"}) {
            ClaimFixture f = new ClaimFixture().seed(OFFLINE, 2 * GB);
            f.registry.unavailable(cause);
            assertEquals(f.fromSeeded(0, GB), f.take(f.source("10", "1", false), GB), cause);
            assertEquals(List.of(10 * GB), f.callSizes(), cause);
            assertEquals(GB, f.remaining(OFFLINE), cause);
        }
    }

    @Test
    void o6_ecsUnavailableOfflineFragmented_fails() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 600 * MB).seed(OFFLINE, 600 * MB);
        ClaimCacheEntry before = f.entry();
        f.registry.unavailable("connect timed out");
        assertThrows(application.port.in.failure.FailureException.class, () -> f.take(f.source("10", "1", false), 900 * MB));
        assertEquals(List.of(10 * GB), f.callSizes());
        assertEquals(before, f.entry());
    }

    @Test
    void o7_offlineDisabled_existingClaimsStillConsumableAndNoTopUps() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 2 * GB);
        assertEquals(f.fromSeeded(0, GB), f.take(f.source("10", "0", true), GB));
        assertEquals(List.of(), f.callSizes());

        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("10", "0", false), 3 * GB));
        assertEquals(List.of(10 * GB), f.callSizes(), "no OFFLINE top-up when the target is 0");
        assertEquals(1, f.count(OFFLINE));
        assertEquals(GB, f.remaining(OFFLINE));
    }

    @Test
    void o8_anEleventhOfflineClaimDropsTheSmallestRemaining() {
        ClaimFixture f = new ClaimFixture();
        for (int i = 1; i <= 10; i++) f.seed(OFFLINE, i * MB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, GB), f.take(f.source("10", "1", false), GB));
        assertEquals(List.of(10 * GB + GB), f.callSizes());
        assertEquals(10, f.count(OFFLINE));
        assertFalse(f.entry().claims().contains(f.seeded(0)), "the 1 MB claim was dropped");
        assertEquals(GB, f.claimAt(OFFLINE, start + 10 * GB).remaining());
    }
}
