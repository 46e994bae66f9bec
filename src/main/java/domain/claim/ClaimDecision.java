package domain.claim;

import domain.position.PositionRange;

/**
 * The first step of the claim decision flow for one request, as a value: served locally, one ECS claim
 * needed, or the OFFLINE fallback cannot serve it. Produced by {@link ClaimPolicy#decide},
 * {@link ClaimPolicy#offlineFallback} and {@link ClaimPolicy#direct}.
 */
public sealed interface ClaimDecision {

    /** Served locally from one PERFORMANCE claim: no ECS call, no OFFLINE top-up (M1, M2, P1, O3). */
    record FromPerformance(PositionRange range, ClaimCacheEntry updated) implements ClaimDecision { }

    /** Served from one OFFLINE claim: OFFLINE_MODE is on, or the ECS was unavailable (M5, M6, M9, M10). */
    record FromOffline(PositionRange range, ClaimCacheEntry updated) implements ClaimDecision { }

    /**
     * On the OFFLINE path, but no single OFFLINE claim holds the request; smaller fragments are not
     * stitched together (M12, O6). {@code largestOfflineRemaining} is the biggest request that would fit.
     */
    record InsufficientOffline(long requested, long largestOfflineRemaining) implements ClaimDecision { }

    /**
     * One ECS claim of {@link #total()} positions is needed. Its first {@link #requestPart()} positions
     * become a new PERFORMANCE claim of {@code performancePart} positions the request is served from
     * (a whole number of chunks), or, when {@code performancePart} is 0 (PERFORMANCE disabled), exactly the
     * request, handed out directly. The last {@code offlineTopUp} positions (the full OFFLINE target, or 0)
     * become a new OFFLINE claim.
     */
    record External(long request, long performancePart, long offlineTopUp) implements ClaimDecision {
        public External {
            if (request < 1) throw new IllegalArgumentException("request must be >= 1");
            if (performancePart != 0 && performancePart < request) {
                throw new IllegalArgumentException("PERFORMANCE part " + performancePart + " is smaller than the request " + request);
            }
            if (offlineTopUp < 0) throw new IllegalArgumentException("OFFLINE top-up must be >= 0");
        }

        /** True when the request is claimed directly (PERFORMANCE disabled). */
        public boolean direct() { return performancePart == 0; }

        /** The leading segment: the PERFORMANCE part, or the request itself when direct. */
        public long requestPart() { return direct() ? request : performancePart; }

        /** Size of the one ECS claim. */
        public long total() { return Math.addExact(requestPart(), offlineTopUp); }
    }
}
