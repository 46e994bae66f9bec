package domain.key;

/** Where key generation gets its randomness; adapters pass a CSPRNG, tests a seeded source. */
public interface RandomSource {

    /** A uniformly distributed integer in {@code [0, boundExclusive)}. */
    int nextInt(int boundExclusive);
}
