package adapters.out.container;

/**
 * Argon2id cost parameters stored in a secure container's header.
 *
 * @param memoryKib   memory in KiB
 * @param iterations  passes over memory
 * @param parallelism lanes
 */
public record KdfParams(int memoryKib, int iterations, int parallelism) {
    /**
     * Local containers (keys, cache, ECS connections, SFC ECS): 19 MiB, 2 passes, 1 lane, the OWASP
     * recommended minimum for Argon2id. Every command opens up to four of these containers, each with its
     * own salt, so the cost is paid four times per command: at 19 MiB it is about 40 ms warm per
     * derivation (docs/PERFORMANCE.md), at 64 MiB about 150 ms, which would dominate small-file runs. The
     * configuration password is normally a random 256-bit secret from the keyring, for which any Argon2
     * cost is already more than enough; the memory cost matters only for a human-chosen
     * {@code OMEGASAFE_CONFIG_PASSWORD}.
     */
    public static final KdfParams DEFAULT = new KdfParams(19 * 1024, 2, 1);
    /**
     * Human-chosen passwords (the traditional layer, protected exports): 64 MiB, 3 passes, 1 lane, the
     * memory and passes of RFC 9106's second recommended option; about 150-210 ms here.
     */
    public static final KdfParams PASSPHRASE = new KdfParams(64 * 1024, 3, 1);
    /**
     * Readers refuse costs above these, so a hostile header cannot make them allocate more than 256 MiB or
     * spend more than a few seconds: 4x the memory and over 3x the passes of the costs written here.
     */
    static final int MAX_MEMORY_KIB = 256 * 1024;
    static final int MAX_ITERATIONS = 10;
    static final int MAX_PARALLELISM = 8;
    /** Argon2 needs at least 8 KiB of memory per lane. */
    static final int MIN_MEMORY_KIB_PER_LANE = 8;

    /**
     * Checks the parameters are within what a reader accepts.
     *
     * @throws SfcFormatException when they are not
     */
    public KdfParams validated() {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS
                || memoryKib < MIN_MEMORY_KIB_PER_LANE * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new SfcFormatException("container key-derivation parameters are out of range (memory "
                    + Integer.toUnsignedString(memoryKib) + " KiB, iterations " + Integer.toUnsignedString(iterations)
                    + ", parallelism " + parallelism + "; accepted at most " + MAX_MEMORY_KIB + " KiB, "
                    + MAX_ITERATIONS + " iterations, " + MAX_PARALLELISM + " lanes): damaged or hostile header");
        }
        return this;
    }
}
