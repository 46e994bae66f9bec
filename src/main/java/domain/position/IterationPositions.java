package domain.position;

/**
 * The global positions an iteration owns: iteration {@code seq} of a key whose iterations hold
 * {@code capacity} positions each (C) owns {@code [seq*C, (seq+1)*C - 1]} (SPEC §2). Positions are signed
 * 64-bit integers, so an iteration whose last position would not fit in 63 bits does not exist.
 */
public final class IterationPositions {
    private IterationPositions() { }

    /**
     * The inclusive range {@code [seq*C, (seq+1)*C - 1]}.
     *
     * @throws IllegalArgumentException when {@code seq < 0}, {@code capacity < 1} or the range lies beyond
     *                                  {@link Long#MAX_VALUE}
     */
    public static PositionRange of(long capacity, int seq) {
        if (seq < 0) throw new IllegalArgumentException("seq must be >= 0, got " + seq);
        if (capacity < 1) throw new IllegalArgumentException("iteration capacity must be >= 1, got " + capacity);
        try {
            long first = Math.multiplyExact((long) seq, capacity);
            return new PositionRange(first, Math.addExact(first, capacity - 1));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("iteration " + seq + " of capacity " + capacity
                    + " lies beyond the 64-bit global position range");
        }
    }

    /** True when iteration {@code seq} exists within the 64-bit position range ({@link #of} would succeed). */
    public static boolean exists(long capacity, int seq) {
        if (seq < 0 || capacity < 1) return false;
        try {
            Math.addExact(Math.multiplyExact((long) seq, capacity), capacity - 1);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** True when {@code range} lies entirely inside iteration {@code seq}. */
    public static boolean contains(long capacity, int seq, PositionRange range) {
        if (!exists(capacity, seq)) return false;
        PositionRange own = of(capacity, seq);
        return range.start() >= own.start() && range.end() <= own.end();
    }

    /** The sequence number of the iteration holding {@code position}: {@code floor(position / C)}. */
    public static int seqOf(long capacity, long position) {
        if (capacity < 1) throw new IllegalArgumentException("iteration capacity must be >= 1, got " + capacity);
        if (position < 0) throw new IllegalArgumentException("position must be >= 0, got " + position);
        long seq = position / capacity;
        if (seq > Integer.MAX_VALUE) throw new IllegalArgumentException("position " + position + " lies beyond the last iteration");
        return (int) seq;
    }
}
