package domain.claim;

import domain.position.PositionRange;
import java.util.Objects;

/**
 * One contiguous interval reserved from the ECS, consumed left to right. {@code latestClaimed} is the
 * last position already used (inclusive), so a fresh claim has {@code latestClaimed = start - 1}.
 */
public record LocalClaim(CacheReason reason, long start, long end, long latestClaimed) {
    public LocalClaim {
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end < start) throw new IllegalArgumentException("invalid claim range");
        if (latestClaimed < start - 1 || latestClaimed > end) throw new IllegalArgumentException("pointer outside the claim");
    }

    /** A claim over {@code range} with nothing used yet. */
    public static LocalClaim fresh(CacheReason reason, PositionRange range) {
        return new LocalClaim(reason, range.start(), range.end(), range.start() - 1);
    }

    /** {@code end - latestClaimed}. */
    public long remaining() { return end - latestClaimed; }

    /** {@code end - start + 1}. */
    public long size() { return end - start + 1; }

    /** The next {@code n} positions, and the claim with its pointer advanced past them. */
    public Taken take(long n) {
        if (n < 1 || n > remaining()) throw new IllegalArgumentException("cannot take " + n + " of " + remaining());
        PositionRange range = PositionRange.ofSize(latestClaimed + 1, n);
        return new Taken(range, new LocalClaim(reason, start, end, range.end()));
    }

    /** The result of {@link #take}. */
    public record Taken(PositionRange range, LocalClaim claim) { }
}
