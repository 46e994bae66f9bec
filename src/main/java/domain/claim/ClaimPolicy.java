package domain.claim;

import domain.position.PositionRange;

/**
 * The end-to-end claim decision flow of the reference, without side effects: the service does the one
 * ECS call {@link #decide} may ask for, then hands the result to {@link #accept} or, when the ECS was
 * unavailable, to {@link #offlineFallback}.
 */
public final class ClaimPolicy {
    private ClaimPolicy() { }

    /**
     * First step for a request of {@code request} positions.
     *
     * @param performanceChunk effective PERFORMANCE chunk in bytes (0: PERFORMANCE disabled)
     * @param offlineTarget    effective OFFLINE target in bytes (0: no OFFLINE top-up)
     */
    public static ClaimDecision decide(ClaimCacheEntry entry, long request, long performanceChunk, long offlineTarget,
                                       boolean offlineMode) {
        if (request < 1) throw new IllegalArgumentException("a claim request is at least one position");
        boolean performance = performanceChunk > 0;
        if (performance) {
            var hit = entry.bestFit(CacheReason.PERFORMANCE, request);
            if (hit.isPresent()) {
                ClaimCacheEntry.Served s = entry.take(hit.get(), request);
                return new ClaimDecision.FromPerformance(s.range(), s.entry());
            }
        }
        if (offlineMode) return offlineFallback(entry, request);
        long requestPart = performance ? CacheSizing.performanceRefill(request, performanceChunk) : request;
        boolean topUp = offlineTarget > 0 && entry.remaining(CacheReason.OFFLINE) < offlineTarget;
        return new ClaimDecision.External(request, requestPart, performance, topUp ? offlineTarget : 0);
    }

    /** The OFFLINE path: one OFFLINE claim that holds the whole request, or insufficient. */
    public static ClaimDecision offlineFallback(ClaimCacheEntry entry, long request) {
        var hit = entry.bestFit(CacheReason.OFFLINE, request);
        if (hit.isEmpty()) {
            return new ClaimDecision.InsufficientOffline(request, entry.largestRemaining(CacheReason.OFFLINE));
        }
        ClaimCacheEntry.Served s = entry.take(hit.get(), request);
        return new ClaimDecision.FromOffline(s.range(), s.entry());
    }

    /**
     * Second step: the ECS returned {@code ecsRange} for {@code external} (possibly smaller than asked when
     * the iteration was nearly full, but never smaller than the request). The range must start strictly
     * above the floor; it is split into the request's segment (inside a new PERFORMANCE claim, or direct)
     * and an OFFLINE tail, and the floor moves to its end.
     */
    public static ClaimOutcome accept(ClaimCacheEntry entry, ClaimDecision.External external, PositionRange ecsRange) {
        if (!entry.acceptsRangeStartingAt(ecsRange.start())) {
            return new ClaimOutcome.Unsafe(ecsRange, entry.latestClaimedKeyGlobalPosition());
        }
        if (ecsRange.size() < external.request()) throw new IllegalArgumentException("ECS range is smaller than the request");
        long requestPart = external.performance() ? Math.min(external.requestPart(), ecsRange.size()) : external.request();
        ClaimCacheEntry next = entry.withFloor(ecsRange.end());
        PositionRange served = PositionRange.ofSize(ecsRange.start(), external.request());
        if (requestPart > external.request()) {
            next = next.add(new LocalClaim(CacheReason.PERFORMANCE, ecsRange.start(), ecsRange.start() + requestPart - 1,
                    served.end()));
        }
        long tail = ecsRange.size() - requestPart;
        if (tail > 0) {
            next = next.add(LocalClaim.fresh(CacheReason.OFFLINE, PositionRange.ofSize(ecsRange.start() + requestPart, tail)));
        }
        return new ClaimOutcome.Accepted(served, next);
    }
}
