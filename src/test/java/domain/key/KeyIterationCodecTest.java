package domain.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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
        assertEquals(it.keyName(), back.keyName());
        assertEquals(it.omegasafeVersion(), back.omegasafeVersion());
        assertEquals(it.shape(), back.shape());
        assertEquals(it.nucleus(), back.nucleus());
        assertEquals(it.rotors(), back.rotors());
        assertArrayEquals(bytes, KeyIterationCodec.encode(back));
    }

    @Test
    void theLayoutIsTheDocumentedOne() {
        KeyIteration named = new KeyIteration(new UUID(0x0102030405060708L, 0x090a0b0c0d0e0f10L), new UUID(1, 2), 4,
                "Fi€", "1.2.3", it.shape(), it.nucleus(), it.rotors());
        byte[] bytes = KeyIterationCodec.encode(named);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[4];
        b.get(magic);
        assertEquals("OSKI", new String(magic, StandardCharsets.US_ASCII));
        assertEquals(1, b.get());
        assertEquals(0x0102030405060708L, b.getLong());
        assertEquals(0x090a0b0c0d0e0f10L, b.getLong());
        assertEquals(1, b.getLong());
        assertEquals(2, b.getLong());
        assertEquals(4, b.getInt());
        assertEquals(5, b.getInt());
        assertEquals(3, b.getInt());
        assertEquals(2, b.get());
        assertEquals(5, b.getShort(), "\"Fi€\" is 5 bytes in UTF-8");
        b.position(b.position() + 5);
        assertEquals(5, b.getShort());
        b.position(b.position() + 5);
        byte[] maps = Arrays.copyOfRange(bytes, b.position(), bytes.length);
        byte[] expected = concat(it.nucleus().toBytes(), it.rotors().get(0).toBytes(), it.rotors().get(1).toBytes());
        assertArrayEquals(expected, maps);
        assertEquals((5 + 3 + 3) * 256, maps.length);
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] bytes = KeyIterationCodec.encode(it);
        for (int len = 0; len < bytes.length; len++) {
            byte[] prefix = Arrays.copyOf(bytes, len);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyIterationCodec.decode(prefix),
                    "prefix of " + len + " bytes");
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("not an OmegaSafe key iteration"),
                    len + ": " + e.getMessage());
        }
    }

    @Test
    void rejectsDamagedInputWithAMessageNamingTheProblem() {
        byte[] bytes = KeyIterationCodec.encode(it);
        assertMessage("not an OmegaSafe key iteration", with(bytes, 0, 'X'));
        assertMessage("unsupported key iteration layout 2", with(bytes, 4, 2));
        assertMessage("trailing bytes", Arrays.copyOf(bytes, bytes.length + 1));
        int nucleusMapsField = 4 + 1 + 16 + 16 + 4;
        assertMessage("nucleus maps 0", with(with(with(with(bytes, nucleusMapsField, 0), nucleusMapsField + 1, 0),
                nucleusMapsField + 2, 0), nucleusMapsField + 3, 0));
        assertMessage("rotors 0", with(bytes, nucleusMapsField + 8, 0));
        byte[] negativeSeq = bytes.clone();
        Arrays.fill(negativeSeq, nucleusMapsField - 4, nucleusMapsField, (byte) 0xFF);
        assertMessage("seq -1,", negativeSeq);
        int nameField = nucleusMapsField + 9;
        assertMessage("key name in the key iteration is not valid UTF-8", with(bytes, nameField + 2, 0xC0));
        byte[] notPermutation = bytes.clone();
        notPermutation[bytes.length - 1] = notPermutation[bytes.length - 2];
        assertMessage("rotor 2 of the key iteration: map 2 is not a permutation", notPermutation);
        byte[] nucleusDamaged = bytes.clone();
        int nucleusStart = bytes.length - 11 * 256;
        nucleusDamaged[nucleusStart] = nucleusDamaged[nucleusStart + 1];
        assertMessage("nucleus of the key iteration: map 0 is not a permutation", nucleusDamaged);
    }

    @Test
    void aShapeBeyondTheSixtyFourBitPositionsIsRefused() {
        SeededRandom r = new SeededRandom(5);
        List<MapChain> rotors = new ArrayList<>();
        for (int i = 0; i < 40; i++) rotors.add(MapChain.generate(2, r));
        KeyIteration big = new KeyIteration(new UUID(0, 1), new UUID(0, 2), 0, "k", "1", new KeyShape(1, 2, 40),
                MapChain.generate(1, r), rotors);
        byte[] bytes = KeyIterationCodec.encode(big);
        int seqField = 4 + 1 + 16 + 16;
        byte[] farSeq = with(bytes, seqField, 0x7F);
        assertMessage("64-bit", farSeq);
    }

    @Test
    void randomSingleByteDamageIsEitherRefusedCleanlyOrStillAValidIteration() {
        byte[] bytes = KeyIterationCodec.encode(it);
        Random random = new Random(3);
        for (int trial = 0; trial < 2_000; trial++) {
            byte[] damaged = bytes.clone();
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            try {
                KeyIteration back = KeyIterationCodec.decode(damaged);
                assertArrayEquals(damaged, KeyIterationCodec.encode(back), "an accepted input re-encodes to itself");
            } catch (IllegalArgumentException expected) {
                assertTrue(!expected.getMessage().isBlank());
            }
        }
    }

    @Test
    void textLongerThanTheLengthFieldIsRefusedOnEncode() {
        KeyIteration longName = new KeyIteration(it.keyUuid(), it.iterationUuid(), 0, "n".repeat(65_536), "1",
                it.shape(), it.nucleus(), it.rotors());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyIterationCodec.encode(longName));
        assertTrue(e.getMessage().contains("key name is 65536 bytes"), e.getMessage());
    }

    private static void assertMessage(String expected, byte[] input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyIterationCodec.decode(input));
        assertTrue(e.getMessage().contains(expected), "expected \"" + expected + "\" in: " + e.getMessage());
    }

    private static byte[] with(byte[] bytes, int index, int value) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) value;
        return copy;
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer b = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] p : parts) b.put(p);
        return b.array();
    }
}
