package application.failure;

/** The Delta payload is larger than the server accepts (422 {@code delta_too_large}). */
public final class DeltaTooLarge extends EcsFailure {
    private final long maxSize;

    /** @param size bytes asked for; @param maxSize the largest accepted payload in bytes */
    public DeltaTooLarge(long size, long maxSize) {
        super("a Delta payload of " + size + " bytes is larger than " + maxSize + " bytes");
        this.maxSize = maxSize;
    }

    /** The largest accepted payload in bytes. */
    public long maxSize() { return maxSize; }
}
