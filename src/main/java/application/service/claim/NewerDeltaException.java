package application.service.claim;

/** The external path found (and pulled) a Delta newer than the one the request targeted: retry with it. */
public class NewerDeltaException extends RuntimeException {
    private final int seq;

    public NewerDeltaException(int seq) {
        super("a newer Delta (seq " + seq + ") was pulled from the ECS");
        this.seq = seq;
    }

    public int seq() { return seq; }
}
