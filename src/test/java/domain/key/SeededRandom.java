package domain.key;

import java.util.Random;

/** A deterministic {@link RandomSource} for tests and vector generation (never for real keys). */
public final class SeededRandom implements RandomSource {
    private final Random random;

    public SeededRandom(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public int nextInt(int boundExclusive) {
        return random.nextInt(boundExclusive);
    }

    public void nextBytes(byte[] b) {
        random.nextBytes(b);
    }
}
