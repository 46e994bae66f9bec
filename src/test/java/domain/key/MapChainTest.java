package domain.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapChainTest {

    @Test
    void generatedMapsArePermutationsAndInvert() {
        MapChain c = MapChain.generate(50, new SeededRandom(1));
        assertEquals(50, c.maps());
        assertEquals(50 * 256, c.toBytes().length);
        MapChain inv = c.inverse();
        for (int m = 0; m < 50; m++) {
            boolean[] seen = new boolean[256];
            for (int x = 0; x < 256; x++) {
                int y = c.apply(m, x);
                seen[y] = true;
                assertEquals(x, inv.apply(m, y));
                assertEquals(y, c.toBytes()[m * 256 + x] & 0xFF, "map m occupies [m*256, m*256+256)");
            }
            for (boolean s : seen) assertTrue(s);
        }
        assertEquals(c, inv.inverse());
        assertEquals(c, MapChain.of(c.toBytes()));
    }

    @Test
    void generationIsFisherYatesDrawingBoundsFrom256DownTo2() {
        List<Integer> bounds = new ArrayList<>();
        // j = i at every step swaps nothing: the identity map
        MapChain identity = MapChain.generate(1, bound -> {
            bounds.add(bound);
            return bound - 1;
        });
        for (int x = 0; x < 256; x++) assertEquals(x, identity.apply(0, x));
        assertEquals(255, bounds.size());
        for (int k = 0; k < 255; k++) assertEquals(256 - k, bounds.get(k));

        // j = 0 at every step: step i = 255 swaps 0 to index 255 and 255 to index 0; step i then moves the
        // i + 1 sitting at index 0 to index i and leaves i at index 0, down to step 1 which leaves 1 there
        MapChain rotated = MapChain.generate(1, bound -> 0);
        int[] expected = new int[256];
        expected[255] = 0;
        for (int i = 254; i >= 1; i--) expected[i] = i + 1;
        expected[0] = 1;
        for (int x = 0; x < 256; x++) assertEquals(expected[x], rotated.apply(0, x), "index " + x);
    }

    @Test
    void eachMapDrawsItsOwnShuffle() {
        int[] calls = {0};
        MapChain.generate(3, bound -> {
            calls[0]++;
            return 0;
        });
        assertEquals(3 * 255, calls[0]);
    }

    @Test
    void differentSeedsGiveDifferentMaps() {
        assertNotEquals(MapChain.generate(2, new SeededRandom(1)), MapChain.generate(2, new SeededRandom(2)));
    }

    @Test
    void rejectsTablesThatAreNotPermutations() {
        byte[] t = MapChain.generate(2, new SeededRandom(3)).toBytes();
        t[300] = t[301];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MapChain.of(t));
        assertEquals("map 1 is not a permutation of 0..255", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MapChain.of(new byte[255]));
        assertThrows(IllegalArgumentException.class, () -> MapChain.of(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> MapChain.generate(0, new SeededRandom(3)));
    }

    @Test
    void theChainIsACopyOfItsInput() {
        byte[] t = MapChain.generate(1, new SeededRandom(4)).toBytes();
        MapChain c = MapChain.of(t);
        byte[] before = c.toBytes();
        t[0] ^= 1;
        c.toBytes()[0] ^= 1;
        assertArrayEquals(before, c.toBytes());
    }
}
