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
        application.port.in.failure.FailureException e = assertThrows(application.port.in.failure.FailureException.class, () -> f.take(f.source("10", "10", false), GB));
        var unsafe = (application.port.in.failure.ClaimFailure.Unsafe) e.failure();
        assertEquals(f.key, unsafe.keyUuid());
        assertEquals(f.iteration, unsafe.iterationUuid());
        assertEquals(floor, unsafe.floor());
        assertEquals(domain.claim.ClaimOutcome.Breach.AT_OR_BELOW_FLOOR, unsafe.breach());
        assertEquals(List.of(10 * GB), f.callSizes());
        assertEquals(before, f.entry(), "no OFFLINE fallback and nothing stored");
    }

    @Test
    void anEcsRangeReplayingEarlierPositionsIsRejected() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 50 * GB);
        f.registry.returnOnce(PositionRange.ofSize(f.capacity, 10 * GB));
        assertThrows(application.port.in.failure.FailureException.class, () -> f.take(f.source("10", "10", false), GB));
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
        assertThrows(application.port.in.failure.FailureException.class, () -> f.take(f.source("10", "10", false), GB));
        assertTrue(f.cache.find(f.iteration).isEmpty(), "the new entry is not stored either");
    }

    @Test
    void aRangeOfTheWrongSizeIsRejected() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 50 * GB);
        f.registry.returnOnce(PositionRange.ofSize(f.ecsNext(), GB));
        application.port.in.failure.FailureException e = assertThrows(application.port.in.failure.FailureException.class, () -> f.take(f.source("10", "10", false), GB));
        var unsafe = (application.port.in.failure.ClaimFailure.Unsafe) e.failure();
        assertEquals(domain.claim.ClaimOutcome.Breach.WRONG_SIZE, unsafe.breach());
        assertEquals(10 * GB, unsafe.asked());
    }

    @Test
    void aRangeOutsideTheIterationIsRejected() {
        ClaimFixture f = new ClaimFixture(100 * GB);
        f.registry.returnOnce(PositionRange.ofSize(200 * GB - 5 * GB, 10 * GB));
        assertThrows(application.port.in.failure.FailureException.class, () -> f.take(f.source("10", "0", false), GB));
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
    void theLocalStepNeverContactsTheEcsAndSaysWhenTheExternalPathIsNeeded() {
        ClaimFixture f = new ClaimFixture().seed(PERFORMANCE, 5 * GB).seed(OFFLINE, 10 * GB);
        ClaimFlow flow = f.flow("10", "10", false);
        assertEquals(new ClaimStep.Served(f.fromSeeded(0, GB)), flow.local(f.target(), GB), "a PERFORMANCE hit (D3)");
        ClaimCacheEntry before = f.entry();
        assertEquals(new ClaimStep.NeedsEcs(), flow.local(f.target(), 6 * GB));
        assertEquals(before, f.entry(), "nothing stored when the ECS is needed");
        assertEquals(List.of(), f.callSizes());
        assertTrue(flow.external(f.target(), 6 * GB, f.registry) instanceof ClaimStep.Served);
        assertEquals(List.of(10 * GB), f.callSizes());
    }

    @Test
    void anUnavailableEcsFoundBeforeTheClaimFallsBackToOffline() {
        ClaimFixture f = new ClaimFixture().seed(OFFLINE, 10 * GB);
        ClaimFlow flow = f.flow("10", "10", false);
        assertEquals(new ClaimStep.Served(f.fromSeeded(0, GB), java.util.Optional.of("connection refused")),
                flow.offline(f.target(), GB, "connection refused"), "served, saying it was a fallback");
        ClaimStep.InsufficientOffline i = (ClaimStep.InsufficientOffline) flow.offline(f.target(), 20 * GB, "connection refused");
        assertEquals(java.util.Optional.of("connection refused"), i.ecsUnavailable());
        assertEquals(List.of(), f.callSizes());
    }

    @Test
    void anExhaustedIterationIsAStepNotAThrowThroughTheLock() {
        ClaimFixture f = new ClaimFixture(100 * GB);
        f.registry.advance(f.key, 1, 200 * GB - 2 * GB - 1);
        ClaimStep step = f.flow("10", "10", false).external(f.target(), 3 * GB, f.registry);
        assertEquals(new ClaimStep.Exhausted(f.target(), 2 * GB), step);
    }
}
