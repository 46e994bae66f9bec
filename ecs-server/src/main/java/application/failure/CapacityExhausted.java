package application.failure;

/** The iteration has fewer positions left than were asked for; nothing was claimed (409 {@code capacity_exhausted}). */
public final class CapacityExhausted extends EcsFailure {
    private final long remaining;

    /** @param seq the iteration; @param requested positions asked for; @param remaining positions left (0 when full) */
    public CapacityExhausted(int seq, long requested, long remaining) {
        super("iteration " + seq + " has " + remaining + " positions left, " + requested + " were asked for");
        this.remaining = remaining;
    }

    /** Positions left in the iteration. */
    public long remaining() { return remaining; }
}
