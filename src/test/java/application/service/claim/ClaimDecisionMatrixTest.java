package application.service.claim;

import static application.service.claim.ClaimFixture.GB;
import static application.service.claim.ClaimFixture.MB;
import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.CapacityExhaustedException;
import application.port.out.EcsAuthenticationException;
import application.port.out.EcsException;
import domain.claim.ClaimCacheEntry;
import domain.claim.LocalClaim;
import domain.position.PositionRange;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The reference's exhaustive decision matrix M1–M12, one test per case: the range returned and the exact
 * ECS claims made (count and size). Chunk and target are 10 GB (the defaults) unless a case needs else.
 */
class ClaimDecisionMatrixTest {

    @Test
    void m1_performanceHit_servedLocallyWithNoEcsCallAndNoOfflineTopUp() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB).seed(OFFLINE, 100 * MB);
        PositionRange r = f.take(f.source("10", "10", false), GB);
        assertEquals(f.fromSeeded(0, GB), r);
        assertEquals(List.of(), f.callSizes());
        assertEquals(4 * GB, f.remaining(PERFORMANCE));
        assertEquals(100 * MB, f.remaining(OFFLINE), "OFFLINE is below target, but a hit never tops it up");
    }

    @Test
    void m2_performanceHitInOfflineMode_sameAsM1() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB).seed(OFFLINE, 100 * MB);
        PositionRange r = f.take(f.source("10", "10", true), GB);
        assertEquals(f.fromSeeded(0, GB), r);
        assertEquals(List.of(), f.callSizes());
        assertEquals(4 * GB, f.remaining(PERFORMANCE));
        assertEquals(100 * MB, f.remaining(OFFLINE), "OFFLINE_MODE has no effect: the OFFLINE cache is untouched");
    }

    @Test
    void m3_performanceMissOfflineAtTarget_oneEcsClaimForThePerformanceRefillOnly() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB).seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        PositionRange r = f.take(f.source("10", "10", false), 3 * GB);
        assertEquals(PositionRange.ofSize(start, 3 * GB), r);
        assertEquals(List.of(10 * GB), f.callSizes());
        assertEquals(new LocalClaim(PERFORMANCE, start, start + 10 * GB - 1, start + 3 * GB - 1), f.claimAt(PERFORMANCE, start));
        assertEquals(1, f.count(OFFLINE), "no OFFLINE claim added");
        assertEquals(start + 10 * GB - 1, f.entry().latestClaimedKeyGlobalPosition());
    }

    @Test
    void m4_performanceMissOfflineBelowTarget_oneExternalClaimSplitInTwo() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB).seed(OFFLINE, 500 * MB);
        long start = f.ecsNext();
        PositionRange r = f.take(f.source("10", "10", false), 3 * GB);
        assertEquals(PositionRange.ofSize(start, 3 * GB), r);
        assertEquals(List.of(20 * GB), f.callSizes(), "one ECS claim: 10 GB PERFORMANCE + 10 GB OFFLINE");
        assertEquals(new LocalClaim(PERFORMANCE, start, start + 10 * GB - 1, start + 3 * GB - 1), f.claimAt(PERFORMANCE, start));
        assertEquals(LocalClaim.fresh(OFFLINE, PositionRange.ofSize(start + 10 * GB, 10 * GB)), f.claimAt(OFFLINE, start + 10 * GB));
        assertEquals(start + 20 * GB - 1, f.entry().latestClaimedKeyGlobalPosition());
    }

    @Test
    void m5_performanceMissEcsUnavailable_servedFromOneOfflineClaim() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB).seed(OFFLINE, 5 * GB);
        f.registry.unavailable("connect timed out");
        PositionRange r = f.take(f.source("10", "10", false), 3 * GB);
        assertEquals(f.fromSeeded(1, 3 * GB), r);
        assertEquals(List.of(20 * GB), f.callSizes(), "the external path (refill + top-up) was tried once");
        assertEquals(2 * GB, f.remaining(OFFLINE));
        assertEquals(2 * GB, f.remaining(PERFORMANCE));
    }

    @Test
    void m5_performanceMissEcsUnavailableNoOfflineClaimLargeEnough_failsInsufficient() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, GB);
        ClaimCacheEntry before = f.entry();
        f.registry.unavailable("HTTP 503");
        var e = assertThrows(application.port.in.failure.FailureException.class, () -> f.take(f.source("10", "10", false), 3 * GB));
        var failure = (application.port.in.failure.ClaimFailure.InsufficientOffline) e.failure();
        assertEquals(java.util.Optional.of("HTTP 503"), failure.ecsUnavailable(), "the ECS's reason travels with the failure");
        assertEquals(3 * GB, failure.requested());
        assertEquals(List.of(20 * GB), f.callSizes());
        assertEquals(before, f.entry(), "nothing consumed or stored on failure");
    }

    @Test
    void m6_performanceMissOfflineMode_ecsSkippedAndOfflineUsed() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, GB).seed(OFFLINE, 5 * GB);
        PositionRange r = f.take(f.source("10", "10", true), 3 * GB);
        assertEquals(f.fromSeeded(1, 3 * GB), r);
        assertEquals(List.of(), f.callSizes());
        assertEquals(2 * GB, f.remaining(OFFLINE));
        var e = assertThrows(application.port.in.failure.FailureException.class, () -> f.take(f.source("10", "10", true), 3 * GB));
        assertEquals(java.util.Optional.empty(), ((application.port.in.failure.ClaimFailure.InsufficientOffline) e.failure())
                .ecsUnavailable(), "OFFLINE_MODE, not an unavailable ECS");
        assertEquals(List.of(), f.callSizes(), "the ECS is never contacted in OFFLINE_MODE");
    }

    @Test
    void m7_performanceDisabledOfflineSufficient_oneEcsClaimOfExactlyTheRequest() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        PositionRange r = f.take(f.source("0", "10", false), 3 * GB);
        assertEquals(PositionRange.ofSize(start, 3 * GB), r);
        assertEquals(List.of(3 * GB), f.callSizes());
        assertEquals(0, f.count(PERFORMANCE), "no PERFORMANCE claim is created");
        assertEquals(1, f.count(OFFLINE), "no OFFLINE top-up");
        assertEquals(r.end(), f.entry().latestClaimedKeyGlobalPosition());
    }

    @Test
    void m8_performanceDisabledOfflineBelowTarget_requestPlusFullTargetDirectSegmentAndOfflineTail() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 100 * MB);
        long start = f.ecsNext();
        PositionRange r = f.take(f.source("0", "10", false), 3 * GB);
        assertEquals(PositionRange.ofSize(start, 3 * GB), r);
        assertEquals(List.of(13 * GB), f.callSizes());
        assertEquals(0, f.count(PERFORMANCE));
        assertEquals(LocalClaim.fresh(OFFLINE, PositionRange.ofSize(start + 3 * GB, 10 * GB)), f.claimAt(OFFLINE, start + 3 * GB));
        assertEquals(start + 13 * GB - 1, f.entry().latestClaimedKeyGlobalPosition());
    }

    @Test
    void m9_performanceDisabledEcsUnavailable_offlineFallback() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 5 * GB);
        f.registry.unavailable("connection refused");
        PositionRange r = f.take(f.source("0", "10", false), 3 * GB);
        assertEquals(f.fromSeeded(0, 3 * GB), r);
        assertEquals(List.of(13 * GB), f.callSizes(), "request + OFFLINE top-up was tried once");
        assertEquals(2 * GB, f.remaining(OFFLINE));
    }

    @Test
    void m10_performanceDisabledOfflineMode_offlineImmediately() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 5 * GB);
        PositionRange r = f.take(f.source("0", "10", true), 3 * GB);
        assertEquals(f.fromSeeded(0, 3 * GB), r);
        assertEquals(List.of(), f.callSizes());
        assertEquals(2 * GB, f.remaining(OFFLINE));
    }

    @Test
    void m11_anEcsErrorThatIsNotUnavailablePropagatesWithoutOfflineFallback() {
        List<Consumer<ClaimFixture>> failures = List.of(
                f -> f.registry.unauthenticated(),
                f -> f.registry.failsGenerically("HTTP 400: unknown key iteration"),
                f -> f.registry.exhausted(0));
        for (Consumer<ClaimFixture> fail : failures) {
            ClaimFixture f = new ClaimFixture().seed(OFFLINE, 50 * GB);
            ClaimCacheEntry before = f.entry();
            fail.accept(f);
            RuntimeException thrown = assertThrows(EcsException.class, () -> f.take(f.source("10", "10", false), GB));
            assertTrue(thrown instanceof EcsAuthenticationException || thrown instanceof CapacityExhaustedException
                    || thrown.getMessage().startsWith("HTTP 400"), thrown.toString());
            assertEquals(List.of(10 * GB), f.callSizes(), "one ECS claim, no retry, no OFFLINE fallback");
            assertEquals(before, f.entry(), "the 50 GB of OFFLINE were not touched");
        }
    }

    @Test
    void m11_theOriginalErrorIsPropagatedUnchanged() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 50 * GB);
        EcsAuthenticationException error = new EcsAuthenticationException("HTTP 403");
        f.registry.failWith(() -> error);
        assertSame(error, assertThrows(EcsAuthenticationException.class, () -> f.take(f.source("0", "10", false), GB)));
        assertEquals(List.of(GB), f.callSizes());
    }

    @Test
    void m12_offlineFallbackNeverStitchesFragments() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 600 * MB).seed(OFFLINE, 600 * MB);
        application.port.in.failure.FailureException e = assertThrows(application.port.in.failure.FailureException.class,
                () -> f.take(f.source("10", "10", true), 900 * MB));
        var failure = (application.port.in.failure.ClaimFailure.InsufficientOffline) e.failure();
        assertEquals(900 * MB, failure.requested());
        assertEquals(600 * MB, failure.largestOffline());
        assertEquals(List.of(), f.callSizes());
        assertEquals(1200 * MB, f.remaining(OFFLINE));
    }
}
