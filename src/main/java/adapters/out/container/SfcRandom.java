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

    /**
     * The platform CSPRNG, a new generator per call: this object may be created while a native image is
     * built (a static field folded into the image), and an image must not hold a seeded generator. Calls
     * are few (a salt and a nonce per container written), so the instantiation cost does not matter.
     */
    static SfcRandom system() {
        return bytes -> new SecureRandom().nextBytes(bytes);
    }
}
