package domain.claim;

import domain.position.PositionRange;

/** What the range the ECS returned for a {@link ClaimDecision.External} becomes ({@link ClaimPolicy#accept}). */
public sealed interface ClaimOutcome {

    /** The request is served from {@code range}; {@code updated} is the entry to store. */
    record Accepted(PositionRange range, ClaimCacheEntry updated) implements ClaimOutcome { }

    /**
     * The ECS range cannot be used without risking reuse of positions; nothing may be stored.
     *
     * @param floor the entry's high-water floor when the range was checked
     */
    record Unsafe(PositionRange ecsRange, long floor, Breach breach) implements ClaimOutcome { }

    /** Why an ECS range was rejected. */
    enum Breach {
        /** It starts at or below the local high-water floor: positions this device already reserved. */
        AT_OR_BELOW_FLOOR,
        /** It reaches outside the iteration's positions {@code [seq*C, (seq+1)*C - 1]}. */
        OUTSIDE_ITERATION,
        /** It is not the size that was asked for. */
        WRONG_SIZE
    }
}
