package adapters.out.container;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Writes and reads whole containers in memory for tests. */
final class SfcTestSupport {
    /** Cheap Argon2id costs so tests and vectors stay fast (the format stores them; readers accept them). */
    static final KdfParams FAST = new KdfParams(64, 1, 1);
    /** Secure header length, from docs/FORMAT.md. */
    static final int SECURE_HEADER = 67;
    static final int SEALED_CHUNK = 65_536 + 16;

    private SfcTestSupport() { }

    /** A randomness source that hands out {@code values} in turn (each call must ask for its length). */
    static SfcRandom fixed(byte[]... values) {
        Deque<byte[]> queue = new ArrayDeque<>(Arrays.asList(values));
        return bytes -> {
            byte[] next = queue.removeFirst();
            if (next.length != bytes.length) throw new IllegalStateException("asked for " + bytes.length + " bytes");
            System.arraycopy(next, 0, bytes, 0, bytes.length);
        };
    }

    /** A container of {@code entries}: plain when {@code key} is null, else secure with this stream nonce. */
    static byte[] write(SfcKey key, byte[] nonce, Map<UUID, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SfcWriter w = key == null ? SfcWriter.plain(bytes) : SfcWriter.secure(bytes, key, fixed(nonce));
        w.writeAll(entries);
        return bytes.toByteArray();
    }

    static LinkedHashMap<UUID, byte[]> read(byte[] container, String password) throws IOException {
        return SfcReader.readAll(new ByteArrayInputStream(container), PasswordSupplier.of(password));
    }

    static SfcKey key(String password) {
        return SfcKey.derive(password, FAST, new byte[16]);
    }

    static LinkedHashMap<UUID, byte[]> entries(Object... idThenData) {
        LinkedHashMap<UUID, byte[]> e = new LinkedHashMap<>();
        for (int i = 0; i < idThenData.length; i += 2) e.put((UUID) idThenData[i], (byte[]) idThenData[i + 1]);
        return e;
    }

    /** A plain container built by hand from raw body bytes, with a correct trailer (to forge bodies). */
    static byte[] plainWithBody(byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("OMEGASFC".getBytes());
        out.write(1);
        out.write(0);
        out.write(body);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(out.toByteArray());
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
