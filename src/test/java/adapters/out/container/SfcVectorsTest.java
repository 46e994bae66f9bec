package adapters.out.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The container vectors of docs/FORMAT.md ({@code src/test/resources/vectors/sfc/*.hex}): the reader gets
 * the entry back, the writer reproduces them byte for byte from their stated inputs (random bytes
 * injected), and docs/FORMAT.md shows the same bytes. Regenerate with
 * {@code -Domegasafe.regenerateVectors=true} only on purpose (a format change).
 */
class SfcVectorsTest {
    static final UUID ENTRY = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    static final byte[] DATA = "hello omegasafe".getBytes(StandardCharsets.US_ASCII);
    static final String PASSWORD = "vector password";
    static final KdfParams PARAMS = new KdfParams(64, 1, 1);
    static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    static final byte[] NONCE = HexFormat.of().parseHex("101112131415161718191a1b1c1d1e1f");

    private static byte[] stored(String name) throws Exception {
        try (InputStream in = SfcVectorsTest.class.getResourceAsStream("/vectors/sfc/" + name)) {
            return HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        }
    }

    private static void maybeRegenerate(String name, byte[] generated) throws Exception {
        if (Boolean.getBoolean("omegasafe.regenerateVectors")) {
            Files.writeString(Path.of("src/test/resources/vectors/sfc/" + name), HexFormat.of().formatHex(generated) + "\n");
        }
    }

    private static byte[] generatePlain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SfcWriter.plain(out).writeAll(SfcTestSupport.entries(ENTRY, DATA));
        return out.toByteArray();
    }

    private static byte[] generateSecure() throws Exception {
        SfcRandom random = SfcTestSupport.fixed(SALT, NONCE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SfcWriter.secure(out, SfcKey.create(PASSWORD, PARAMS, random), random).writeAll(SfcTestSupport.entries(ENTRY, DATA));
        return out.toByteArray();
    }

    @Test
    void plainVectorParses() throws Exception {
        LinkedHashMap<UUID, byte[]> back = SfcTestSupport.read(stored("plain.hex"), null);
        assertEquals(1, back.size());
        assertArrayEquals(DATA, back.get(ENTRY));
    }

    @Test
    void secureVectorParses() throws Exception {
        LinkedHashMap<UUID, byte[]> back = SfcTestSupport.read(stored("secure.hex"), PASSWORD);
        assertEquals(1, back.size());
        assertArrayEquals(DATA, back.get(ENTRY));
    }

    @Test
    void writerReproducesTheVectors() throws Exception {
        byte[] plain = generatePlain();
        byte[] secure = generateSecure();
        maybeRegenerate("plain.hex", plain);
        maybeRegenerate("secure.hex", secure);
        assertArrayEquals(stored("plain.hex"), plain);
        assertArrayEquals(stored("secure.hex"), secure);
    }

    @Test
    void formatPageShowsTheVectors() throws Exception {
        String page = Files.readString(Path.of("docs/FORMAT.md")).replaceAll("\\s+", "");
        for (String name : new String[] {"plain.hex", "secure.hex"}) {
            assertTrue(page.contains(HexFormat.of().formatHex(stored(name))), name + " is shown in docs/FORMAT.md");
        }
    }
}
