package domain.position;

/**
 * A contiguous, inclusive range of global positions {@code [start, end]} of one key.
 * Positions are 64-bit: see docs/ARCHITECTURE.md for the limit this puts on very large keys.
 */
public record PositionRange(long start, long end) {
    public PositionRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid position range [" + start + ", " + end + "]");
        }
    }

    /** The range of {@code size >= 1} positions starting at {@code start}. */
    public static PositionRange ofSize(long start, long size) {
        if (size < 1) throw new IllegalArgumentException("range size must be at least 1: " + size);
        return new PositionRange(start, Math.addExact(start, size - 1));
    }

    /** Number of positions in the range ({@code end - start + 1}). */
    public long size() { return end - start + 1; }

    public boolean contains(long position) { return position >= start && position <= end; }

    public boolean overlaps(PositionRange other) { return start <= other.end && other.start <= end; }
}
