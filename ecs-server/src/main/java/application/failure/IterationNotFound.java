package application.failure;

/** The iteration is neither the Alpha (0) nor a registered Delta (404 {@code iteration_not_found}). */
public final class IterationNotFound extends EcsFailure {
    private final int seq;

    /** @param seq the iteration asked for */
    public IterationNotFound(int seq) {
        super("iteration " + seq + " is not registered: 0 is the Alpha, 1.. are registered Deltas");
        this.seq = seq;
    }

    /** The iteration asked for. */
    public int seq() { return seq; }
}
