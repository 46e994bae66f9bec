package application.port.in;

/** Writes the pointers of keys that changed to the witness (behind the claims, every second or so). */
public interface FlushWitness {
    /**
     * @return iteration pointers written; keys whose write failed stay pending for the next flush
     */
    int flush();
}
