package application.service.claim;

import static application.service.claim.ClaimFixture.GB;
import static application.service.claim.ClaimFixture.MB;
import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.EcsAuthenticationException;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import domain.claim.ClaimCacheEntry;
import domain.position.PositionRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference's exhaustive decision matrix M1–M12, one test per case: the range returned and the
 * exact ECS calls made (count and size).
 */
class ClaimDecisionMatrixTest {

    @Test
    void m1_performanceHit_servedLocallyWithNoEcsCallAndNoOfflineTopUp() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB);
        ClaimCacheEntry before = f.entry();
        PositionRange r = f.take(f.source("10", "10", false), GB);
        assertEquals(before.claims().get(0).latestClaimed() + 1, r.start());
        assertEquals(GB, r.size());
        assertEquals(List.of(), f.callSizes());
        assertEquals(4 * GB, f.remaining(PERFORMANCE));
        assertEquals(0, f.count(OFFLINE), "OFFLINE below target but no top-up on a PERFORMANCE hit");
    }

    @Test
    void m2_performanceHitInOfflineMode_sameAsM1() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB);
        PositionRange r = f.take(f.source("10", "10", true), GB);
        assertEquals(GB, r.size());
        assertEquals(List.of(), f.callSizes());
        assertEquals(4 * GB, f.remaining(PERFORMANCE));
    }

    @Test
    void m3_performanceMissOfflineAtTarget_oneEcsClaimForThePerformanceRefillOnly() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB).seed(OFFLINE, 10 * GB);
        long ecsStart = f.ecsNext();
        PositionRange r = f.take(f.source("10", "10", false), 3 * GB);
        assertEquals(List.of(10 * GB), f.callSizes());
        assertEquals(PositionRange.ofSize(ecsStart, 3 * GB), r);
        assertEquals(2 * GB + 7 * GB, f.remaining(PERFORMANCE));
        assertEquals(10 * GB, f.remaining(OFFLINE));
        assertEquals(1, f.count(OFFLINE));
        assertEquals(ecsStart + 10 * GB - 1, f.entry().latestClaimedKeyGlobalPosition());
    }

    @Test
    void m4_performanceMissOfflineBelowTarget_oneExternalClaimSplitInTwo() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB);
        long ecsStart = f.ecsNext();
        PositionRange r = f.take(f.source("10", "10", false), 3 * GB);
        assertEquals(List.of(20 * GB), f.callSizes());
        assertEquals(PositionRange.ofSize(ecsStart, 3 * GB), r);
        assertEquals(2 * GB + 7 * GB, f.remaining(PERFORMANCE));
        assertEquals(10 * GB, f.remaining(OFFLINE));
        assertEquals(ecsStart + 10 * GB, f.entry().claims().stream().filter(c -> c.reason() == OFFLINE)
                .findFirst().orElseThrow().start(), "OFFLINE is the tail segment of the one ECS range");
    }

    @Test
    void m5_ecsUnavailable_fallsBackToOneOfflineClaim() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 5 * GB);
        f.registry.failWith(() -> new EcsUnavailableException("timeout"));
        PositionRange r = f.take(f.source("10", "10", false), 3 * GB);
        assertEquals(3 * GB, r.size());
        assertEquals(List.of(20 * GB), f.callSizes(), "the external path was tried once");
        assertEquals(2 * GB, f.remaining(OFFLINE));

        ClaimFixture g = new ClaimFixture().seed(OFFLINE, GB);
        g.registry.failWith(() -> new EcsUnavailableException("HTTP 503"));
        assertThrows(InsufficientOfflineCacheException.class, () -> g.take(g.source("10", "10", false), 3 * GB));
        assertEquals(GB, g.remaining(OFFLINE), "nothing consumed on failure");
    }

    @Test
    void m6_offlineMode_skipsTheEcsAndUsesOffline() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, GB).seed(OFFLINE, 5 * GB);
        PositionRange r = f.take(f.source("10", "10", true), 3 * GB);
        assertEquals(3 * GB, r.size());
        assertEquals(List.of(), f.callSizes());
        assertEquals(2 * GB, f.remaining(OFFLINE));
        assertThrows(InsufficientOfflineCacheException.class, () -> f.take(f.source("10", "10", true), 3 * GB));
        assertEquals(List.of(), f.callSizes());
    }

    @Test
    void m7_performanceDisabledOfflineSufficient_oneEcsClaimOfExactlyTheRequest() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * GB);
        long ecsStart = f.ecsNext();
        PositionRange r = f.take(f.source("0", "10", false), 3 * GB);
        assertEquals(List.of(3 * GB), f.callSizes());
        assertEquals(PositionRange.ofSize(ecsStart, 3 * GB), r);
        assertEquals(0, f.count(PERFORMANCE));
        assertEquals(1, f.count(OFFLINE));
    }

    @Test
    void m8_performanceDisabledOfflineLow_requestPlusFullTargetDirectSegmentAndOfflineTail() {
        ClaimFixture f = new ClaimFixture();
        long ecsStart = f.ecsNext();
        PositionRange r = f.take(f.source("0", "10", false), 3 * GB);
        assertEquals(List.of(13 * GB), f.callSizes());
        assertEquals(PositionRange.ofSize(ecsStart, 3 * GB), r);
        assertEquals(0, f.count(PERFORMANCE));
        assertEquals(10 * GB, f.remaining(OFFLINE));
        assertEquals(ecsStart + 3 * GB, f.entry().claims().get(0).start());
    }

    @Test
    void m9_performanceDisabledEcsUnavailable_offlineFallback() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 5 * GB);
        f.registry.failWith(() -> new EcsUnavailableException("connection refused"));
        assertEquals(3 * GB, f.take(f.source("0", "10", false), 3 * GB).size());
        assertEquals(List.of(13 * GB), f.callSizes(), "request + OFFLINE top-up was tried once");
        assertEquals(2 * GB, f.remaining(OFFLINE));
    }

    @Test
    void m10_performanceDisabledOfflineMode_offlineImmediately() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 5 * GB);
        assertEquals(3 * GB, f.take(f.source("0", "10", true), 3 * GB).size());
        assertEquals(List.of(), f.callSizes());
    }

    @Test
    void m11_anEcsErrorThatIsNotUnavailablePropagatesWithoutOfflineFallback() {
        for (RuntimeException error : new RuntimeException[] {new EcsAuthenticationException("HTTP 401"),
                new EcsException("HTTP 400: dependency error")}) {
            ClaimFixture f = new ClaimFixture().seed(OFFLINE, 50 * GB);
            f.registry.failWith(() -> error);
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> f.take(f.source("10", "10", false), GB));
            assertSame(error, thrown);
            assertEquals(50 * GB, f.remaining(OFFLINE), "OFFLINE was not used");
            assertEquals(1, f.callSizes().size());
        }
    }

    @Test
    void m12_offlineFallbackNeverStitchesFragments() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 600 * MB).seed(OFFLINE, 600 * MB);
        InsufficientOfflineCacheException e = assertThrows(InsufficientOfflineCacheException.class,
                () -> f.take(f.source("10", "10", true), 900 * MB));
        assertTrue(e.getMessage().contains("600000000"), e.getMessage());
        assertEquals(1200 * MB, f.remaining(OFFLINE));
    }
}
