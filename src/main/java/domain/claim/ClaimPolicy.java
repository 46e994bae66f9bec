package domain.claim;

import domain.position.PositionRange;
import java.util.Optional;

/**
 * The reference's end-to-end claim decision flow, without side effects. For one request the caller
 * asks {@link #decide}; when that answers {@link ClaimDecision.External} it makes the one ECS claim and
 * hands the range to {@link #accept} or, when the ECS was unavailable, asks {@link #offlineFallback}.
 * {@link #fitToRemaining} covers an iteration that has less left than the claim asked for.
 */
public final class ClaimPolicy {
    private ClaimPolicy() { }

    /**
     * First step for a request of {@code request} positions.
     * <ol>
     * <li>PERFORMANCE enabled ({@code performanceChunk > 0}) and one PERFORMANCE claim holds the request:
     *     {@link ClaimDecision.FromPerformance} (best fit), whatever OFFLINE_MODE and OFFLINE are.</li>
     * <li>Otherwise, OFFLINE_MODE: {@link #offlineFallback}.</li>
     * <li>Otherwise {@link ClaimDecision.External}: the PERFORMANCE refill {@code ceil(request/chunk)*chunk}
     *     (or the request itself when PERFORMANCE is disabled), plus the full OFFLINE target when the OFFLINE
     *     target is above 0 and the OFFLINE remaining is strictly below it.</li>
     * </ol>
     * PERFORMANCE claims left from an earlier configuration are not used while PERFORMANCE is disabled
     * (the flow goes straight to the external path); OFFLINE claims stay usable when the target is 0.
     *
     * @param performanceChunk effective PERFORMANCE chunk in bytes (0: PERFORMANCE disabled)
     * @param offlineTarget    effective OFFLINE target in bytes (0: no OFFLINE top-up)
     */
    public static ClaimDecision decide(ClaimCacheEntry entry, long request, long performanceChunk, long offlineTarget,
                                       boolean offlineMode) {
        requireRequest(request);
        if (performanceChunk < 0 || offlineTarget < 0) throw new IllegalArgumentException("cache sizes must be >= 0");
        boolean performance = performanceChunk > 0;
        if (performance) {
            Optional<LocalClaim> hit = entry.bestFit(CacheReason.PERFORMANCE, request);
            if (hit.isPresent()) {
                ClaimCacheEntry.Served s = entry.take(hit.get(), request);
                return new ClaimDecision.FromPerformance(s.range(), s.entry());
            }
        }
        if (offlineMode) return offlineFallback(entry, request);
        long performancePart = performance ? CacheSizing.performanceRefill(request, performanceChunk) : 0;
        boolean topUp = offlineTarget > 0 && entry.remaining(CacheReason.OFFLINE) < offlineTarget;
        return new ClaimDecision.External(request, performancePart, topUp ? offlineTarget : 0);
    }

    /** One ECS claim of exactly the request: no PERFORMANCE refill, no OFFLINE top-up. */
    public static ClaimDecision.External direct(long request) {
        return new ClaimDecision.External(requireRequest(request), 0, 0);
    }

    /**
     * The OFFLINE path (OFFLINE_MODE, or the ECS unavailable): the best-fit OFFLINE claim that holds the
     * whole request, or {@link ClaimDecision.InsufficientOffline}. Never stitches fragments.
     */
    public static ClaimDecision offlineFallback(ClaimCacheEntry entry, long request) {
        requireRequest(request);
        Optional<LocalClaim> hit = entry.bestFit(CacheReason.OFFLINE, request);
        if (hit.isEmpty()) {
            return new ClaimDecision.InsufficientOffline(request, entry.largestRemaining(CacheReason.OFFLINE));
        }
        ClaimCacheEntry.Served s = entry.take(hit.get(), request);
        return new ClaimDecision.FromOffline(s.range(), s.entry());
    }

    /**
     * The claim to make instead of {@code external} when the iteration has only {@code remaining}
     * unclaimed positions: the same request with the PERFORMANCE part and then the OFFLINE top-up cut so
     * that the total is {@code remaining}; empty when not even the request fits (the caller then reports
     * the iteration as exhausted). The reference is silent here; using the tail of an iteration avoids
     * renewing a Delta that still holds the request.
     */
    public static Optional<ClaimDecision.External> fitToRemaining(ClaimDecision.External external, long remaining) {
        if (remaining < external.request()) return Optional.empty();
        if (remaining >= external.total()) return Optional.of(external);
        long head = Math.min(external.requestPart(), remaining);
        return Optional.of(new ClaimDecision.External(external.request(), external.direct() ? 0 : head,
                Math.min(external.offlineTopUp(), remaining - head)));
    }

    /**
     * Second step: the ECS returned {@code ecsRange} for {@code external}. The range must have exactly the
     * size asked for, lie inside the iteration and start strictly above the entry's floor, else it is
     * {@link ClaimOutcome.Unsafe}. It is then partitioned: the leading {@link ClaimDecision.External#requestPart()}
     * becomes a new PERFORMANCE claim the request is sub-claimed from (or, direct, is the request itself);
     * the tail becomes a new OFFLINE claim; the floor rises to the end of the range. Adding a claim may
     * prune the smallest of its reason; the request is served even if that was the new claim.
     *
     * @param iterationCapacity C, to check the range lies in {@code [seq*C, (seq+1)*C - 1]}
     */
    public static ClaimOutcome accept(ClaimCacheEntry entry, ClaimDecision.External external, PositionRange ecsRange,
                                      long iterationCapacity) {
        long floor = entry.latestClaimedKeyGlobalPosition();
        if (ecsRange.size() != external.total()) {
            return new ClaimOutcome.Unsafe(ecsRange, floor, ClaimOutcome.Breach.WRONG_SIZE);
        }
        if (!insideIteration(ecsRange, entry.seq(), iterationCapacity)) {
            return new ClaimOutcome.Unsafe(ecsRange, floor, ClaimOutcome.Breach.OUTSIDE_ITERATION);
        }
        if (!entry.acceptsRangeStartingAt(ecsRange.start())) {
            return new ClaimOutcome.Unsafe(ecsRange, floor, ClaimOutcome.Breach.AT_OR_BELOW_FLOOR);
        }
        PositionRange head = PositionRange.ofSize(ecsRange.start(), external.requestPart());
        PositionRange served = PositionRange.ofSize(ecsRange.start(), external.request());
        ClaimCacheEntry next = entry.withFloor(ecsRange.end());
        if (!external.direct()) {
            LocalClaim performance = LocalClaim.fresh(CacheReason.PERFORMANCE, head);
            next = next.add(performance);
            if (next.claims().contains(performance)) next = next.take(performance, external.request()).entry();
        }
        if (external.offlineTopUp() > 0) {
            next = next.add(LocalClaim.fresh(CacheReason.OFFLINE,
                    PositionRange.ofSize(head.end() + 1, external.offlineTopUp())));
        }
        return new ClaimOutcome.Accepted(served, next);
    }

    private static boolean insideIteration(PositionRange range, int seq, long capacity) {
        if (capacity < 1) throw new IllegalArgumentException("iteration capacity must be >= 1");
        long first;
        long last;
        try {
            first = Math.multiplyExact((long) seq, capacity);
        } catch (ArithmeticException e) {
            return false;
        }
        try {
            last = Math.addExact(first, capacity - 1);
        } catch (ArithmeticException e) {
            last = Long.MAX_VALUE;
        }
        return range.start() >= first && range.end() <= last;
    }

    private static long requireRequest(long request) {
        if (request < 1) throw new IllegalArgumentException("a claim request is at least one position: " + request);
        return request;
    }
}
