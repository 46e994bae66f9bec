package adapters.out.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SfcRoundTripTest {
    private static final byte[] NONCE = new byte[16];

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 5_000_000})
    void plainAndSecureRoundTripEverySize(int size) throws Exception {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        LinkedHashMap<UUID, byte[]> entries = new LinkedHashMap<>();
        entries.put(new UUID(1, 1), "first".getBytes());
        entries.put(new UUID(2, 2), data);
        entries.put(new UUID(3, 3), new byte[0]);
        for (SfcKey key : new SfcKey[] {null, SfcTestSupport.key("pw")}) {
            byte[] container = SfcTestSupport.write(key, NONCE, entries);
            LinkedHashMap<UUID, byte[]> back = SfcTestSupport.read(container, key == null ? null : "pw");
            assertEquals(entries.keySet().stream().toList(), back.keySet().stream().toList());
            for (UUID id : entries.keySet()) assertArrayEquals(entries.get(id), back.get(id));
        }
    }

    @Test
    void secureModeHidesTheEntries() throws Exception {
        LinkedHashMap<UUID, byte[]> entries = new LinkedHashMap<>();
        entries.put(new UUID(0x1234, 0x5678), "very visible text".getBytes());
        byte[] container = SfcTestSupport.write(SfcTestSupport.key("pw"), NONCE, entries);
        assertFalse(new String(container, java.nio.charset.StandardCharsets.ISO_8859_1).contains("visible"));
        byte[] plain = SfcTestSupport.write(null, null, entries);
        assertTrue(new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1).contains("visible"));
    }

    @Test
    void wrongAndMissingPasswordsAreTold() throws Exception {
        byte[] container = SfcTestSupport.write(SfcTestSupport.key("right"), NONCE, new LinkedHashMap<>());
        SfcPasswordException wrong = assertThrows(SfcPasswordException.class, () -> SfcTestSupport.read(container, "wrong"));
        assertFalse(wrong.missing());
        assertFalse(wrong.getMessage().contains("wrong") && wrong.getMessage().contains("right"));
        assertTrue(assertThrows(SfcPasswordException.class, () -> SfcTestSupport.read(container, null)).missing());
    }

    @Test
    void notAContainer() {
        SfcFormatException e = assertThrows(SfcFormatException.class,
                () -> SfcTestSupport.read("hello world, not a container".getBytes(), null));
        assertEquals("not an OmegaSafe container", e.getMessage());
        assertThrows(SfcFormatException.class, () -> SfcTestSupport.read(new byte[0], null));
    }

    @Test
    void hostileKdfParametersAreRefusedBeforeAnyWork() throws Exception {
        byte[] container = SfcTestSupport.write(SfcTestSupport.key("pw"), NONCE, new LinkedHashMap<>());
        byte[] hostile = container.clone();
        hostile[10] = 0x7F; // memory KiB, most significant byte: ~2 TiB
        assertTrue(assertThrows(SfcFormatException.class, () -> SfcTestSupport.read(hostile, "pw"))
                .getMessage().contains("out of range"));
    }

    @Test
    void entriesMustReceiveExactlyTheirAnnouncedLength() throws Exception {
        SfcWriter w = SfcWriter.plain(new ByteArrayOutputStream());
        OutputStream e = w.entry(new UUID(1, 1), 3);
        assertThrows(java.io.IOException.class, () -> e.write(new byte[4]));
        e.write(new byte[2]);
        assertThrows(IllegalStateException.class, w::finish);
        SfcWriter w2 = SfcWriter.plain(new ByteArrayOutputStream());
        w2.entry(new UUID(1, 1), 0).close();
        assertThrows(IllegalArgumentException.class, () -> w2.entry(new UUID(1, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> w2.entry(new UUID(0, 0), 0));
    }

    @Test
    void rewritingWithTheSameKeyUsesAFreshPayloadKey() throws Exception {
        SfcKey key = SfcTestSupport.key("pw");
        LinkedHashMap<UUID, byte[]> entries = new LinkedHashMap<>();
        entries.put(new UUID(1, 1), new byte[100]);
        byte[] a = SfcTestSupport.write(key, new byte[16], entries);
        byte[] nonce = new byte[16];
        nonce[0] = 1;
        byte[] b = SfcTestSupport.write(key, nonce, entries);
        int header = 67;
        assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOfRange(a, header, a.length),
                java.util.Arrays.copyOfRange(b, header, b.length)), "same plaintext, different stream nonce, different ciphertext");
        try (SfcReader r = SfcReader.open(new ByteArrayInputStream(b), "pw")) {
            assertTrue(r.secure());
            assertArrayEquals(key.salt(), r.key().salt());
        }
    }
}
