package domain.claim;

import domain.position.PositionRange;

/** What the ECS range returned for an {@link ClaimDecision.External} becomes. */
public sealed interface ClaimOutcome {

    /** The request is served from {@code range}; {@code updated} is the entry to store. */
    record Accepted(PositionRange range, ClaimCacheEntry updated) implements ClaimOutcome { }

    /** The ECS range starts at or below the local high-water floor: using it could reuse positions. */
    record Unsafe(PositionRange ecsRange, long floor) implements ClaimOutcome { }
}
