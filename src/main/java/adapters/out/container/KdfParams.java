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
     * minimum for Argon2id. Their password is normally a generated 256-bit value, so the KDF guards a
     * strong secret; about 50 ms per derivation here, paid once per container and command.
     */
    public static final KdfParams DEFAULT = new KdfParams(19 * 1024, 2, 1);
    /**
     * Human-chosen passwords (the traditional layer): 64 MiB, 3 passes, 1 lane, the memory and passes of
     * RFC 9106's second recommended option.
     */
    public static final KdfParams PASSPHRASE = new KdfParams(64 * 1024, 3, 1);
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
