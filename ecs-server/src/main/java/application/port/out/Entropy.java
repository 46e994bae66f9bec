package application.port.out;

import java.util.UUID;

/** Randomness for identifiers and secrets (a CSPRNG). */
public interface Entropy {
    /** A new random (version 4) UUID. */
    UUID uuid();

    /** {@code n} random bytes, e.g. the 32 bytes (256 bits) of an API key. */
    byte[] bytes(int n);
}
