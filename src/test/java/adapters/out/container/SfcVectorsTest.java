package adapters.out.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The container vectors of docs/FORMAT.md ({@code src/test/resources/vectors/sfc/*.hex}): the writer
 * reproduces them byte for byte from their stated inputs and the reader gets the entry back.
 * Regenerate with {@code -Domegasafe.regenerateVectors=true} only on purpose.
 */
class SfcVectorsTest {
    static final UUID ENTRY = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    static final byte[] DATA = "hello omegasafe".getBytes(StandardCharsets.US_ASCII);
    static final String PASSWORD = "vector password";
    static final KdfParams PARAMS = new KdfParams(64, 1, 1);
    static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    static final byte[] NONCE = HexFormat.of().parseHex("101112131415161718191a1b1c1d1e1f");

    private static LinkedHashMap<UUID, byte[]> entries() {
        LinkedHashMap<UUID, byte[]> e = new LinkedHashMap<>();
        e.put(ENTRY, DATA);
        return e;
    }

    private static byte[] vector(String name, byte[] generated) throws Exception {
        if (Boolean.getBoolean("omegasafe.regenerateVectors")) {
            Files.writeString(Path.of("src/test/resources/vectors/sfc/" + name), HexFormat.of().formatHex(generated) + "\n");
            return generated;
        }
        try (InputStream in = SfcVectorsTest.class.getResourceAsStream("/vectors/sfc/" + name)) {
            return HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        }
    }

    @Test
    void plainVector() throws Exception {
        byte[] generated = SfcTestSupport.write(null, null, entries());
        byte[] stored = vector("plain.hex", generated);
        assertArrayEquals(stored, generated);
        assertArrayEquals(DATA, SfcTestSupport.read(stored, null).get(ENTRY));
    }

    @Test
    void secureVector() throws Exception {
        byte[] generated = SfcTestSupport.write(SfcKey.derive(PASSWORD, PARAMS, SALT), NONCE, entries());
        byte[] stored = vector("secure.hex", generated);
        assertArrayEquals(stored, generated);
        LinkedHashMap<UUID, byte[]> back = SfcTestSupport.read(stored, PASSWORD);
        assertEquals(1, back.size());
        assertArrayEquals(DATA, back.get(ENTRY));
    }
}
