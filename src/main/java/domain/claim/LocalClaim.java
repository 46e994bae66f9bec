package domain.claim;

import domain.position.PositionRange;
import java.util.Objects;

/**
 * One contiguous interval {@code [start, end]} reserved from the ECS, consumed left to right.
 * {@code latestClaimed} is a "last used" pointer (inclusive), not a "next free" one: a new claim has
 * {@code latestClaimed = start - 1}, the next usable position is {@code latestClaimed + 1} and
 * {@code remaining = end - latestClaimed}. The bookkeeping is the same for both reasons.
 */
public record LocalClaim(CacheReason reason, long start, long end, long latestClaimed) {
    public LocalClaim {
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end < start) throw new IllegalArgumentException("invalid claim range [" + start + ", " + end + "]");
        if (latestClaimed < start - 1 || latestClaimed > end) {
            throw new IllegalArgumentException("pointer " + latestClaimed + " outside the claim [" + start + ", " + end + "]");
        }
    }

    /** A claim over {@code range} with nothing used yet. */
    public static LocalClaim fresh(CacheReason reason, PositionRange range) {
        return new LocalClaim(reason, range.start(), range.end(), range.start() - 1);
    }

    /** The reserved interval. */
    public PositionRange range() { return new PositionRange(start, end); }

    /** {@code latestClaimed + 1}: where the next sub-claim starts. */
    public long nextUsable() { return latestClaimed + 1; }

    /** {@code end - latestClaimed}: positions not yet handed out. */
    public long remaining() { return end - latestClaimed; }

    /** {@code end - start + 1}. */
    public long size() { return end - start + 1; }

    /** True when every position has been handed out. */
    public boolean consumed() { return latestClaimed == end; }

    /**
     * The next {@code n} positions, and this claim with its pointer advanced past them.
     *
     * @throws IllegalArgumentException unless {@code 1 <= n <= remaining()}
     */
    public Taken take(long n) {
        if (n < 1 || n > remaining()) throw new IllegalArgumentException("cannot take " + n + " of " + remaining() + " positions");
        PositionRange range = PositionRange.ofSize(nextUsable(), n);
        return new Taken(range, new LocalClaim(reason, start, end, range.end()));
    }

    /** The result of {@link #take}: the positions handed out and the claim after handing them out. */
    public record Taken(PositionRange range, LocalClaim claim) { }
}
