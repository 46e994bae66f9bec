package application.failure;
import java.util.UUID;

/** Another Delta holds the sequence number (409 {@code delta_sequence_taken}; reference D6). */
public final class DeltaSequenceTaken extends EcsFailure {
    private final UUID existing;

    /** @param seq the sequence number; @param existing the Delta that holds it */
    public DeltaSequenceTaken(int seq, UUID existing) {
        super("Delta sequence " + seq + " is taken by Delta " + existing);
        this.existing = existing;
    }

    /** The Delta that holds the sequence number. */
    public UUID existing() { return existing; }
}
