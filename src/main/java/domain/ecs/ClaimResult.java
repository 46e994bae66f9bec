package domain.ecs;

import domain.position.PositionRange;

/** What {@link KeyLedger#claim} decided. */
public sealed interface ClaimResult {

    /** The positions handed out, and the ledger after handing them out. */
    record Claimed(PositionRange range, KeyLedger after) implements ClaimResult { }

    /**
     * The iteration has fewer unclaimed positions than were asked for; nothing was handed out.
     *
     * @param remaining positions still unclaimed in the iteration (0 when it is full)
     */
    record Exhausted(int seq, long requested, long remaining) implements ClaimResult { }

    /** The iteration is not registered: {@code seq} is neither the Alpha (0) nor a published Delta. */
    record UnknownIteration(int seq) implements ClaimResult { }
}
