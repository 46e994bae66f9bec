package adapters.out.container;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Writes and reads whole containers in memory for tests. */
final class SfcTestSupport {
    /** Cheap Argon2id costs so tests and vectors stay fast (the format stores them; readers accept them). */
    static final KdfParams FAST = new KdfParams(64, 1, 1);

    private SfcTestSupport() { }

    static byte[] write(SfcKey key, byte[] nonce, Map<UUID, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SfcWriter w = key == null ? SfcWriter.plain(bytes) : SfcWriter.secure(bytes, key, nonce);
        for (Map.Entry<UUID, byte[]> e : entries.entrySet()) {
            try (OutputStream out = w.entry(e.getKey(), e.getValue().length)) {
                out.write(e.getValue());
            }
        }
        w.finish();
        return bytes.toByteArray();
    }

    static LinkedHashMap<UUID, byte[]> read(byte[] container, String password) throws IOException {
        LinkedHashMap<UUID, byte[]> out = new LinkedHashMap<>();
        try (SfcReader r = SfcReader.open(new ByteArrayInputStream(container), password)) {
            SfcReader.Entry e;
            while ((e = r.next()) != null) out.put(e.id(), e.readAllBytes());
        }
        return out;
    }

    static SfcKey key(String password) {
        return SfcKey.derive(password, FAST, new byte[16]);
    }
}
