package application.service.claim;

import static application.service.claim.ClaimFixture.GB;
import static application.service.claim.ClaimFixture.MB;
import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.EcsUnavailableException;
import domain.claim.CacheSizing;
import domain.claim.LocalClaim;
import domain.position.PositionRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The reference's edge cases E1–E8 and scenarios P1–P6 and O1–O8, one test each. */
class ClaimScenariosTest {

    // ---- edge cases ----

    @Test
    void e1_bestFitIsSingleClaimOnly() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB).seed(PERFORMANCE, 2 * GB).seed(OFFLINE, 10 * GB);
        f.take(f.source("10", "10", false), 3 * GB);
        assertEquals(List.of(10 * GB), f.callSizes(), "4 GB in total but no single claim holds 3 GB: external path");
    }

    @Test
    void e2_topUpThresholdIsStrictlyBelow() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, GB);
        f.take(f.source("10", "1", false), GB);
        assertEquals(List.of(10 * GB), f.callSizes(), "remaining == target: no top-up");
    }

    @Test
    void e3_topUpIsTheFullTargetNotTheDeficit() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 990 * MB);
        f.take(f.source("10", "1", false), GB);
        assertEquals(List.of(10 * GB + GB), f.callSizes());
        assertEquals(1990 * MB, f.remaining(OFFLINE));
    }

    @Test
    void e4_performanceRefillRoundsUpByChunk() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * GB);
        f.take(f.source("10", "10", false), 23 * GB);
        assertEquals(List.of(30 * GB), f.callSizes());
    }

    @Test
    void e5_theSafetyCapLimitsChunkAndTargetToAQuarterOfTheIteration() {
        ClaimFixture f = new ClaimFixture(100 * GB);
        f.take(f.source("1000", "1000", false), GB);
        assertEquals(List.of(25 * GB + 25 * GB), f.callSizes());
        assertEquals(25 * GB, CacheSizing.effectiveBytes(new BigDecimal("1000"), 100 * GB));
    }

    @Test
    void e6_keysBelowFourBytesDisableTheCaches() {
        for (long c = 1; c <= 3; c++) assertEquals(0, CacheSizing.effectiveBytes(BigDecimal.TEN, c));
        assertEquals(1, CacheSizing.effectiveBytes(BigDecimal.TEN, 4));
        ClaimFixture f = new ClaimFixture(3);
        PositionRange r = f.take(f.source("10", "10", false), 2);
        assertEquals(List.of(2L), f.callSizes(), "effective chunk 0: direct claim of the request");
        assertEquals(new PositionRange(3, 4), r);
        assertTrue(f.entry().claims().isEmpty());
    }

    @Test
    void e7_perReasonClaimListIsPrunedAtTen() {
        ClaimFixture f = new ClaimFixture();
        for (int i = 1; i <= 10; i++) f.seed(PERFORMANCE, i * MB);
        f.seed(OFFLINE, 10 * GB);
        f.take(f.source("1", "1", false), 500 * MB);
        assertEquals(10, f.count(PERFORMANCE));
        assertTrue(f.entry().claims().stream().noneMatch(c -> c.reason() == PERFORMANCE && c.remaining() == MB),
                "the smallest remaining PERFORMANCE claim (1 MB) was dropped");
        assertEquals(1, f.count(OFFLINE), "OFFLINE list untouched");
    }

    @Test
    void e8_aFirstSmallRequestInitialisesPerformanceAndOfflineClaims() {
        ClaimFixture f = new ClaimFixture();
        f.take(f.source("10", "10", false), 1024);
        assertEquals(List.of(20 * GB), f.callSizes());
        assertEquals(1, f.count(PERFORMANCE));
        assertEquals(1, f.count(OFFLINE));
        assertEquals(10 * GB - 1024, f.remaining(PERFORMANCE));
    }

    // ---- PERFORMANCE scenarios ----

    @Test
    void p1_performanceHitNoEcsCall() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB);
        f.take(f.source("10", "10", false), GB);
        assertEquals(List.of(), f.callSizes());
        assertEquals(4 * GB, f.remaining(PERFORMANCE));
    }

    @Test
    void p2_performanceMissRefillsOneChunk() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB).seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("10", "10", false), 3 * GB));
        assertEquals(List.of(10 * GB), f.callSizes());
    }

    @Test
    void p3_largeRequestRefillsSeveralChunksAndIsServedFromTheFirst23Gb() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 23 * GB), f.take(f.source("10", "10", false), 23 * GB));
        assertEquals(List.of(30 * GB), f.callSizes());
        assertEquals(7 * GB, f.remaining(PERFORMANCE));
    }

    @Test
    void p4_performanceDisabledClaimsDirectly() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * GB);
        f.take(f.source("0", "10", false), 3 * GB);
        assertEquals(List.of(3 * GB), f.callSizes());
        assertEquals(0, f.count(PERFORMANCE));
    }

    @Test
    void p5_fragmentedPerformanceCacheUsesTheSmallestClaimThatFits() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 700 * MB).seed(PERFORMANCE, 800 * MB)
                .seed(PERFORMANCE, 900 * MB).seed(OFFLINE, 10 * GB);
        LocalClaim nineHundred = f.entry().claims().get(2);
        PositionRange r = f.take(f.source("10", "10", false), 850 * MB);
        assertEquals(nineHundred.latestClaimed() + 1, r.start());
        assertEquals(List.of(), f.callSizes());
        f.take(f.source("10", "10", false), 950 * MB);
        assertEquals(List.of(10 * GB), f.callSizes(), "no single claim holds 950 MB");
    }

    @Test
    void p6_anEleventhPerformanceClaimDropsTheSmallest() {
        ClaimFixture f = new ClaimFixture();
        for (int i = 1; i <= 10; i++) f.seed(PERFORMANCE, i * 10 * MB);
        f.seed(OFFLINE, 10 * GB);
        f.take(f.source("1", "10", false), 200 * MB);
        assertEquals(10, f.count(PERFORMANCE));
        assertFalse(f.entry().claims().stream().anyMatch(c -> c.reason() == PERFORMANCE && c.remaining() == 10 * MB));
    }

    // ---- OFFLINE scenarios ----

    @Test
    void o1_offlineTopUpAddsTheFullTargetWhenBelowIt() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, GB);
        f.take(f.source("10", "1", true), 10 * MB);
        assertEquals(990 * MB, f.remaining(OFFLINE));
        f.take(f.source("10", "1", false), GB);
        assertEquals(List.of(10 * GB + GB), f.callSizes());
        assertEquals(1990 * MB, f.remaining(OFFLINE));
        f.take(f.source("10", "1", false), 10 * GB);
        assertEquals(10 * GB, f.callSizes().get(1), "at or above target: no further top-up");
    }

    @Test
    void o2_exactlyAtThresholdIsSufficient() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, GB);
        f.take(f.source("10", "1", false), 3 * GB);
        assertEquals(List.of(10 * GB), f.callSizes());
        assertEquals(GB, f.remaining(OFFLINE));
    }

    @Test
    void o3_performanceHitWhileOfflineIsLowMakesNoCall() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB).seed(OFFLINE, 10 * MB);
        f.take(f.source("10", "1", false), GB);
        assertEquals(List.of(), f.callSizes());
        assertEquals(10 * MB, f.remaining(OFFLINE));
    }

    @Test
    void o4_performanceDisabledOfflineLowEcsReachable_requestPlusTargetTailStoredOffline() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * MB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("0", "1", false), 3 * GB));
        assertEquals(List.of(3 * GB + GB), f.callSizes());
        assertEquals(10 * MB + GB, f.remaining(OFFLINE));
    }

    @Test
    void o5_ecsUnavailableOfflineSufficient() {
        for (String cause : new String[] {"timeout", "HTTP 429", "HTTP 503"}) {
            ClaimFixture f = new ClaimFixture().seed(OFFLINE, 2 * GB);
            f.registry.failWith(() -> new EcsUnavailableException(cause));
            assertEquals(GB, f.take(f.source("10", "10", false), GB).size());
            assertEquals(GB, f.remaining(OFFLINE));
        }
    }

    @Test
    void o6_ecsUnavailableOfflineFragmentedFails() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 600 * MB).seed(OFFLINE, 600 * MB);
        f.registry.failWith(() -> new EcsUnavailableException("timeout"));
        assertThrows(InsufficientOfflineCacheException.class, () -> f.take(f.source("10", "10", false), 900 * MB));
    }

    @Test
    void o7_offlineDisabledExistingClaimsStillConsumableAndNoTopUps() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 2 * GB);
        f.take(f.source("10", "0", true), GB);
        assertEquals(GB, f.remaining(OFFLINE));
        f.take(f.source("10", "0", false), 3 * GB);
        assertEquals(List.of(10 * GB), f.callSizes(), "no OFFLINE top-up when the target is 0");
        assertEquals(1, f.count(OFFLINE));
    }

    @Test
    void o8_anEleventhOfflineClaimDropsTheSmallest() {
        ClaimFixture f = new ClaimFixture();
        for (int i = 1; i <= 10; i++) f.seed(OFFLINE, i * MB);
        f.take(f.source("10", "1", false), GB);
        assertEquals(10, f.count(OFFLINE));
        assertFalse(f.entry().claims().stream().anyMatch(c -> c.reason() == OFFLINE && c.remaining() == MB));
        assertTrue(f.entry().claims().stream().anyMatch(c -> c.reason() == OFFLINE && c.remaining() == GB));
    }

    // ---- guard and concurrency ----

    @Test
    void anEcsRangeAtOrBelowTheHighWaterMarkIsRejectedAndNothingIsStored() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, MB);
        long floor = f.entry().latestClaimedKeyGlobalPosition();
        f.registry.returnOnce(PositionRange.ofSize(floor, 20 * GB));
        var before = f.entry();
        assertThrows(UnsafeClaimException.class, () -> f.take(f.source("10", "10", false), GB));
        assertEquals(before, f.entry());
    }

    @Test
    void nearTheEndOfAnIterationTheClaimShrinksToWhatIsLeft() {
        ClaimFixture f = new ClaimFixture(100 * GB);
        f.registry.advance(f.key, 1, 100 * GB + 95 * GB - 1);
        PositionRange r = f.take(f.source("10", "10", false), 3 * GB);
        assertEquals(3 * GB, r.size());
        assertEquals(List.of(20 * GB, 5 * GB), f.callSizes());
        assertEquals(2 * GB, f.remaining(PERFORMANCE), "the 5 GB left became the PERFORMANCE claim");
        assertEquals(0, f.count(OFFLINE), "nothing was left for an OFFLINE tail");
    }

    @Test
    void eightThreadsNeverReceiveOverlappingPositions() throws Exception {
        ClaimFixture f = new ClaimFixture(100 * GB);
        CachingPositionSource source = f.source("0.000001", "0.000002", false);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<PositionRange>> futures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            long size = 100 + i % 1700;
            futures.add(pool.submit(() -> source.take(f.target(), size)));
        }
        List<PositionRange> ranges = new ArrayList<>();
        for (Future<PositionRange> fu : futures) ranges.add(fu.get());
        pool.shutdown();
        ranges.sort(java.util.Comparator.comparingLong(PositionRange::start));
        for (int i = 1; i < ranges.size(); i++) {
            assertTrue(ranges.get(i - 1).end() < ranges.get(i).start(), ranges.get(i - 1) + " overlaps " + ranges.get(i));
        }
        assertTrue(ranges.getLast().end() <= f.registry.latestClaimed(f.key, 1), "every range lies inside ECS claims");
    }
}
