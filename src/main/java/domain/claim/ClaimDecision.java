package domain.claim;

import domain.position.PositionRange;

/**
 * The first step of the claim decision flow for one request, as a value.
 */
public sealed interface ClaimDecision {

    /** Served locally from one PERFORMANCE claim: no ECS call, no OFFLINE maintenance. */
    record FromPerformance(PositionRange range, ClaimCacheEntry updated) implements ClaimDecision { }

    /** Served from one OFFLINE claim (OFFLINE_MODE, or the ECS was unavailable). */
    record FromOffline(PositionRange range, ClaimCacheEntry updated) implements ClaimDecision { }

    /** No single OFFLINE claim holds the request; smaller fragments are not stitched together. */
    record InsufficientOffline(long requested, long largestOfflineRemaining) implements ClaimDecision { }

    /**
     * One ECS claim is needed: {@code requestPart} positions for the request (a whole number of PERFORMANCE
     * chunks, or exactly the request when PERFORMANCE is disabled) plus {@code offlineTopUp} (the full OFFLINE
     * target, or 0).
     */
    record External(long request, long requestPart, boolean performance, long offlineTopUp) implements ClaimDecision {
        /** Size of the one ECS claim. */
        public long total() { return Math.addExact(requestPart, offlineTopUp); }
    }
}
