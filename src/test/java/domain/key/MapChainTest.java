package domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MapChainTest {

    @Test
    void generatedMapsArePermutationsAndInvert() {
        MapChain c = MapChain.generate(50, new SeededRandom(1));
        MapChain inv = c.inverse();
        for (int m = 0; m < 50; m++) {
            boolean[] seen = new boolean[256];
            for (int x = 0; x < 256; x++) {
                int y = c.apply(m, x);
                seen[y] = true;
                assertEquals(x, inv.apply(m, y));
            }
            for (boolean s : seen) assertEquals(true, s);
        }
        MapChain.of(c.toBytes());
    }

    @Test
    void differentSeedsGiveDifferentMaps() {
        assertNotEquals(MapChain.generate(2, new SeededRandom(1)), MapChain.generate(2, new SeededRandom(2)));
    }

    @Test
    void rejectsTablesThatAreNotPermutations() {
        byte[] t = MapChain.generate(2, new SeededRandom(3)).toBytes();
        t[300] = t[301];
        assertThrows(IllegalArgumentException.class, () -> MapChain.of(t));
        assertThrows(IllegalArgumentException.class, () -> MapChain.of(new byte[255]));
    }
}
