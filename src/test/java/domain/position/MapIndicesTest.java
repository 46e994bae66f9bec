package domain.position;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import domain.key.KeyShape;
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
    void positionRangeArithmetic() {
        PositionRange r = PositionRange.ofSize(3000001, 500000);
        assertEquals(3500000, r.end());
        assertEquals(500000, r.size());
        assertEquals(true, r.overlaps(new PositionRange(3500000, 3600000)));
        assertEquals(false, r.overlaps(new PositionRange(3500001, 3600000)));
    }
}
