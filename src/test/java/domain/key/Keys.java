package domain.key;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds deterministic key iterations for tests. */
public final class Keys {
    private Keys() { }

    public static KeyIteration iteration(KeyShape shape, int seq, long seed) {
        SeededRandom r = new SeededRandom(seed);
        MapChain nucleus = MapChain.generate(shape.nucleusMaps(), r);
        List<MapChain> rotors = new ArrayList<>();
        for (int i = 0; i < shape.rotorCount(); i++) rotors.add(MapChain.generate(shape.rotorMaps(), r));
        return new KeyIteration(new UUID(seed, 1), new UUID(seed, 2 + seq), seq, "test-key", "0.1.0", shape, nucleus, rotors);
    }
}
