package adapters.out.container;

import java.security.SecureRandom;

/**
 * Where a container writer takes its random salts and stream nonces. Production code uses
 * {@link #system()}; tests pass fixed bytes to reproduce the vectors of docs/FORMAT.md.
 */
@FunctionalInterface
public interface SfcRandom {
    /** Fills {@code bytes} with random bytes. */
    void nextBytes(byte[] bytes);

    /** The platform CSPRNG. A new generator per call: a native image must not hold a seeded one. */
    static SfcRandom system() {
        return new SecureRandom()::nextBytes;
    }
}
