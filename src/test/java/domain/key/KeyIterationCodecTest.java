package domain.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyIterationCodecTest {
    private final KeyIteration it = Keys.iteration(new KeyShape(5, 3, 2), 4, 11);

    @Test
    void roundTrips() {
        byte[] bytes = KeyIterationCodec.encode(it);
        KeyIteration back = KeyIterationCodec.decode(bytes);
        assertEquals(it.keyUuid(), back.keyUuid());
        assertEquals(it.iterationUuid(), back.iterationUuid());
        assertEquals(4, back.seq());
        assertEquals(it.shape(), back.shape());
        assertEquals(it.nucleus(), back.nucleus());
        assertEquals(it.rotors(), back.rotors());
        assertArrayEquals(bytes, KeyIterationCodec.encode(back));
    }

    @Test
    void rejectsDamagedInput() {
        byte[] bytes = KeyIterationCodec.encode(it);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeyIterationCodec.decode(Arrays.copyOf(bytes, bytes.length - 1)))
                .getMessage().contains("truncated"));
        byte[] magic = bytes.clone();
        magic[0] = 'X';
        assertThrows(IllegalArgumentException.class, () -> KeyIterationCodec.decode(magic));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IllegalArgumentException.class, () -> KeyIterationCodec.decode(longer));
        byte[] notPermutation = bytes.clone();
        notPermutation[bytes.length - 1] = notPermutation[bytes.length - 2];
        assertThrows(IllegalArgumentException.class, () -> KeyIterationCodec.decode(notPermutation));
    }
}
