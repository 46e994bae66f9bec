package application.service.claim;

import static application.service.claim.ClaimFixture.GB;
import static application.service.claim.ClaimFixture.KB;
import static application.service.claim.ClaimFixture.MB;
import static domain.claim.CacheReason.OFFLINE;
import static domain.claim.CacheReason.PERFORMANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.claim.LocalClaim;
import domain.position.PositionRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference's edge cases E1–E8 at the level of the position source: range returned and ECS claims made. */
class EdgeCasesTest {

    @Test
    void e1_bestFitIsSingleClaimOnly() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 2 * GB).seed(PERFORMANCE, 2 * GB).seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 3 * GB), f.take(f.source("10", "10", false), 3 * GB));
        assertEquals(List.of(10 * GB), f.callSizes(), "4 GB in total but no single claim holds 3 GB: external path");
        assertEquals(f.seeded(0), f.claimAt(PERFORMANCE, f.seeded(0).start()));
        assertEquals(f.seeded(1), f.claimAt(PERFORMANCE, f.seeded(1).start()));
    }

    @Test
    void e2_topUpThresholdIsStrictlyBelow() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 500 * MB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, GB), f.take(f.source("10", "0.5", false), GB));
        assertEquals(List.of(10 * GB), f.callSizes(), "remaining == target (500 MB): no top-up");

        ClaimFixture g = new ClaimFixture().seed(OFFLINE, 500 * MB - 1);
        g.take(g.source("10", "0.5", false), GB);
        assertEquals(List.of(10 * GB + 500 * MB), g.callSizes(), "one byte below target: top-up");
    }

    @Test
    void e3_topUpIsTheFullTargetNotTheDeficit() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 990 * MB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, GB), f.take(f.source("10", "1", false), GB));
        assertEquals(List.of(10 * GB + GB), f.callSizes(), "1 GB added, not the 10 MB deficit");
        assertEquals(1990 * MB, f.remaining(OFFLINE));
    }

    @Test
    void e4_performanceRefillRoundsUpByChunk() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 23 * GB), f.take(f.source("10", "10", false), 23 * GB));
        assertEquals(List.of(30 * GB), f.callSizes());
    }

    @Test
    void e5_theSafetyCapLimitsChunkAndTargetToAQuarterOfTheIteration() {
        ClaimFixture f = new ClaimFixture(100 * GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, GB), f.take(f.source("1000", "1000", false), GB));
        assertEquals(List.of(25 * GB + 25 * GB), f.callSizes(), "1000 GB configured, 25 GB effective each");
        assertEquals(LocalClaim.fresh(OFFLINE, PositionRange.ofSize(start + 25 * GB, 25 * GB)), f.claimAt(OFFLINE, start + 25 * GB));
    }

    @Test
    void e6_iterationsBelowFourBytesDisableTheCaches() {
        for (long capacity = 1; capacity <= 3; capacity++) {
            ClaimFixture f = new ClaimFixture(capacity);
            PositionRange r = f.take(f.source("10", "10", false), 1);
            assertEquals(new PositionRange(capacity, capacity), r, "effective chunk and target 0: direct claim");
            assertEquals(List.of(1L), f.callSizes());
            assertTrue(f.entry().claims().isEmpty());
        }
    }

    @Test
    void e6_aFourByteIterationHasOneByteChunkAndTarget() {
        ClaimFixture f = new ClaimFixture(4);
        PositionRange r = f.take(f.source("10", "10", false), 2);
        assertEquals(new PositionRange(4, 5), r);
        assertEquals(List.of(2L + 1L), f.callSizes(), "refill ceil(2/1)*1 = 2, plus a 1-byte OFFLINE target");
        assertEquals(new LocalClaim(PERFORMANCE, 4, 5, 5), f.claimAt(PERFORMANCE, 4));
        assertEquals(LocalClaim.fresh(OFFLINE, new PositionRange(6, 6)), f.claimAt(OFFLINE, 6));
    }

    @Test
    void e7_perReasonClaimListIsPrunedAtTen() {
        ClaimFixture f = new ClaimFixture();
        for (int i = 1; i <= 10; i++) f.seed(PERFORMANCE, i * MB);
        f.seed(OFFLINE, GB);
        long start = f.ecsNext();
        assertEquals(PositionRange.ofSize(start, 500 * MB), f.take(f.source("1", "1", false), 500 * MB));
        assertEquals(List.of(GB), f.callSizes());
        assertEquals(10, f.count(PERFORMANCE));
        assertFalse(f.entry().claims().contains(f.seeded(0)), "the smallest remaining PERFORMANCE claim (1 MB) was dropped");
        assertEquals(List.of(f.seeded(10)), f.entry().claims(OFFLINE), "OFFLINE list untouched");
    }

    /**
     * E8 belongs to import-key, which runs a small synthetic encryption to reconcile Deltas. At this level:
     * that small first request on an iteration without a cache entry creates the entry and initialises
     * one PERFORMANCE and one OFFLINE claim with a single ECS claim, or none when caching is disabled.
     */
    @Test
    void e8_aSmallSyntheticRequestInitialisesPerformanceAndOfflineClaims() {
        ClaimFixture f = new ClaimFixture();
        long first = f.capacity; // seq 1 starts at C; the new entry's floor is C - 1
        assertEquals(PositionRange.ofSize(first, KB), f.take(f.source("10", "10", false), KB));
        assertEquals(List.of(20 * GB), f.callSizes());
        assertEquals(new LocalClaim(PERFORMANCE, first, first + 10 * GB - 1, first + KB - 1), f.claimAt(PERFORMANCE, first));
        assertEquals(LocalClaim.fresh(OFFLINE, PositionRange.ofSize(first + 10 * GB, 10 * GB)), f.claimAt(OFFLINE, first + 10 * GB));
        assertEquals(f.ecs, f.entry().ecsUuid());

        ClaimFixture disabled = new ClaimFixture();
        assertEquals(PositionRange.ofSize(first, KB), disabled.take(disabled.source("0", "0", false), KB));
        assertEquals(List.of(KB), disabled.callSizes());
        assertTrue(disabled.entry().claims().isEmpty(), "caching disabled: the entry only records the floor");
        assertEquals(first + KB - 1, disabled.entry().latestClaimedKeyGlobalPosition());
    }
}
