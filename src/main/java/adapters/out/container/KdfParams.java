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
     * Defaults: 64 MiB, 2 passes, 1 lane: above the OWASP minimum (19 MiB, t=2) and about 0.2 s with Bouncy
     * Castle on one core here (see docs/PERFORMANCE.md); derived keys are cached per process, so one
     * command pays it at most once per container.
     */
    public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 2, 1);
    /** Readers refuse costs above these, so a hostile header cannot make them allocate gigabytes. */
    static final int MAX_MEMORY_KIB = 1024 * 1024;
    static final int MAX_ITERATIONS = 16;
    static final int MAX_PARALLELISM = 16;

    /** Checks the parameters are within what a reader accepts. */
    public KdfParams validated() {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS
                || memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new SfcFormatException("container key-derivation parameters are out of range (memory "
                    + memoryKib + " KiB, iterations " + iterations + ", parallelism " + parallelism + ")");
        }
        return this;
    }
}
