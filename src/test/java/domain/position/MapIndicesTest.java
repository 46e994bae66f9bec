package domain.position;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.key.KeyShape;
import domain.key.Preset;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MapIndicesTest {

    @Test
    void theOdometerMatchesASimulatedOdometer() {
        KeyShape shape = new KeyShape(3, 4, 3);
        int n = 0;
        int[] r = new int[3];
        for (long o = 0; o < shape.iterationCapacity(); o++) {
            MapIndices m = MapIndices.of(shape, o);
            assertEquals(n, m.nucleus(), "offset " + o);
            assertArrayEquals(r, m.rotors(), "offset " + o);
            if (++n == 3) {
                n = 0;
                for (int d = 0; d < 3 && ++r[d] == 4; d++) r[d] = 0;
            }
        }
    }

    @Test
    void largeOffsetsAreComputedDirectly() {
        KeyShape medium = new KeyShape(976, 976, 3);
        long last = medium.iterationCapacity() - 1;
        MapIndices m = MapIndices.of(medium, last);
        assertEquals(975, m.nucleus());
        assertArrayEquals(new int[] {975, 975, 975}, m.rotors());
        assertThrows(IllegalArgumentException.class, () -> MapIndices.of(medium, last + 1));
    }

    @Test
    void indicesAreTheMixedRadixDigitsOfTheOffset() {
        Random random = new Random(4);
        for (Preset preset : Preset.values()) {
            KeyShape shape = preset.size().shape();
            long c = shape.iterationCapacity();
            for (int trial = 0; trial < 2_000; trial++) {
                long o = Math.floorMod(random.nextLong(), c);
                MapIndices m = MapIndices.of(shape, o);
                // rebuild o = n + N * (r1 + R * (r2 + R * (...))) in BigInteger, independent of the division path
                BigInteger rebuilt = BigInteger.ZERO;
                int[] r = m.rotors();
                for (int d = r.length - 1; d >= 0; d--) {
                    assertTrue(r[d] >= 0 && r[d] < shape.rotorMaps());
                    rebuilt = rebuilt.multiply(BigInteger.valueOf(shape.rotorMaps())).add(BigInteger.valueOf(r[d]));
                }
                assertTrue(m.nucleus() >= 0 && m.nucleus() < shape.nucleusMaps());
                rebuilt = rebuilt.multiply(BigInteger.valueOf(shape.nucleusMaps())).add(BigInteger.valueOf(m.nucleus()));
                assertEquals(BigInteger.valueOf(o), rebuilt, preset + " offset " + o);
            }
        }
    }

    @Test
    void aGlobalPositionIsReadRelativeToItsIteration() {
        KeyShape shape = new KeyShape(3, 2, 2);
        long c = shape.iterationCapacity();
        for (int seq = 0; seq < 4; seq++) {
            for (long o = 0; o < c; o++) {
                assertEquals(MapIndices.of(shape, o), MapIndices.at(shape, seq, seq * c + o));
            }
        }
        // position 26 of iteration 2 is offset 2: nucleus map 2, rotors at 0
        assertEquals(new MapIndices(2, new int[] {0, 0}), MapIndices.at(shape, 2, 26));
        // position 35 of iteration 2 is offset 11 = 2 + 3 * (1 + 2 * 1)
        assertEquals(new MapIndices(2, new int[] {1, 1}), MapIndices.at(shape, 2, 35));
        assertThrows(IllegalArgumentException.class, () -> MapIndices.at(shape, 2, 2 * c - 1));
        assertThrows(IllegalArgumentException.class, () -> MapIndices.at(shape, 2, 3 * c));
        assertThrows(IllegalArgumentException.class, () -> MapIndices.at(shape, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> MapIndices.at(new KeyShape(1, 2, 62), 3, 0));
    }

    @Test
    void theRotorArrayIsNotShared() {
        int[] rotors = {1, 2};
        MapIndices m = new MapIndices(0, rotors);
        rotors[0] = 9;
        m.rotors()[1] = 9;
        assertArrayEquals(new int[] {1, 2}, m.rotors());
    }

    @Test
    void positionRangeArithmetic() {
        PositionRange r = PositionRange.ofSize(3000001, 500000);
        assertEquals(3500000, r.end());
        assertEquals(500000, r.size());
        assertEquals(true, r.overlaps(new PositionRange(3500000, 3600000)));
        assertEquals(false, r.overlaps(new PositionRange(3500001, 3600000)));
    }
}
