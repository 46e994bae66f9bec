package application.port.out;

/** The key iteration has fewer unclaimed positions left than were asked for. */
public class CapacityExhaustedException extends EcsException {
    private final long remaining;

    public CapacityExhaustedException(String message, long remaining) {
        super(message);
        this.remaining = remaining;
    }

    /** Positions still unclaimed in the iteration when the claim was refused. */
    public long remaining() { return remaining; }
}
