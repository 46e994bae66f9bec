package application.failure;

/** Delta sequence numbers are dense: the next Delta must have latest + 1 (409 {@code delta_out_of_sequence}). */
public final class DeltaOutOfSequence extends EcsFailure {
    private final int expected;

    /** @param requested the sequence number asked for; @param expected the one the next Delta must have */
    public DeltaOutOfSequence(int requested, int expected) {
        super("Delta sequence " + requested + " is out of sequence: the next Delta must have " + expected);
        this.expected = expected;
    }

    /** The sequence number the next Delta must have. */
    public int expected() { return expected; }
}
