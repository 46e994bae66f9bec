package domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.position.PositionRange;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyIterationTest {

    @Test
    void iterationSOwnsPositionsSTimesCToSPlusOneTimesCMinusOne() {
        KeyShape shape = new KeyShape(5, 3, 2);
        for (int seq = 0; seq < 4; seq++) {
            KeyIteration it = Keys.iteration(shape, seq, 7);
            assertEquals(seq == 0, it.isAlpha());
            assertEquals(45L * seq, it.firstPosition());
            assertEquals(45L * seq + 44, it.lastPosition());
            assertEquals(new PositionRange(45L * seq, 45L * seq + 44), it.positions());
            assertEquals(45, it.positions().size());
        }
    }

    @Test
    void theLastIterationWhosePositionsFitIn64BitsIsAcceptedAndTheNextRefused() {
        KeyIteration medium = Keys.iteration(Preset.MEDIUM.size().shape(), 0, 3);
        long c = medium.shape().iterationCapacity();
        int highest = BigInteger.TWO.pow(63).divide(BigInteger.valueOf(c)).intValueExact() - 1;
        assertEquals(10_164_602, highest, "the MEDIUM limit stated in the KeyIteration Javadoc");
        KeyIteration last = withSeq(medium, highest);
        assertEquals(BigInteger.valueOf(highest + 1L).multiply(BigInteger.valueOf(c)).subtract(BigInteger.ONE),
                BigInteger.valueOf(last.lastPosition()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withSeq(medium, highest + 1));
        assertTrue(e.getMessage().contains("64-bit"), e.getMessage());

        KeyIteration tiny = Keys.iteration(new KeyShape(1, 2, 62), 1, 3);
        assertEquals(Long.MAX_VALUE, tiny.lastPosition());
        assertThrows(IllegalArgumentException.class, () -> withSeq(tiny, 2));
    }

    @Test
    void aShapeWhoseCapacityOverflowsALongIsRefused() {
        SeededRandom r = new SeededRandom(1);
        List<MapChain> rotors = new ArrayList<>();
        for (int i = 0; i < 64; i++) rotors.add(MapChain.generate(2, r));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KeyIteration(new UUID(0, 1),
                new UUID(0, 2), 0, "k", "1", new KeyShape(1, 2, 64), MapChain.generate(1, r), rotors));
        assertTrue(e.getMessage().contains("64-bit"), e.getMessage());
    }

    @Test
    void chainsMustMatchTheShape() {
        KeyIteration it = Keys.iteration(new KeyShape(5, 3, 2), 0, 7);
        assertThrows(IllegalArgumentException.class, () -> new KeyIteration(it.keyUuid(), it.iterationUuid(), 0, "k", "1",
                new KeyShape(4, 3, 2), it.nucleus(), it.rotors()));
        assertThrows(IllegalArgumentException.class, () -> new KeyIteration(it.keyUuid(), it.iterationUuid(), 0, "k", "1",
                new KeyShape(5, 2, 2), it.nucleus(), it.rotors()));
        assertThrows(IllegalArgumentException.class, () -> new KeyIteration(it.keyUuid(), it.iterationUuid(), 0, "k", "1",
                new KeyShape(5, 3, 3), it.nucleus(), it.rotors()));
        assertThrows(IllegalArgumentException.class, () -> withSeq(it, -1));
        assertFalse(withSeq(it, 1).isAlpha());
    }

    private static KeyIteration withSeq(KeyIteration it, int seq) {
        return new KeyIteration(it.keyUuid(), it.iterationUuid(), seq, it.keyName(), it.omegasafeVersion(), it.shape(),
                it.nucleus(), it.rotors());
    }
}
