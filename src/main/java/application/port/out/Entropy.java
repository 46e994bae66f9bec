package application.port.out;

import domain.key.RandomSource;

/** A cryptographically strong randomness source (the adapter wraps the platform CSPRNG). */
public interface Entropy extends RandomSource {

    /** Fills {@code bytes} with random bytes. */
    void nextBytes(byte[] bytes);

    /** A new independent source for one worker thread (key generation runs in parallel). */
    Entropy fork();
}
