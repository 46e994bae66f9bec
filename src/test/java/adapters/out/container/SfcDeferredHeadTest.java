package adapters.out.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A container whose entry head is supplied at the end, once patched, is byte for byte the container
 * written with the head up front: plain and secure, with the head inside a single chunk and with the
 * first chunk held back while later chunks stream.
 */
class SfcDeferredHeadTest {
    private static final UUID META = new UUID(1, 1);
    private static final UUID DATA = new UUID(2, 2);
    private static final byte[] NONCE = new byte[16];

    @ParameterizedTest
    @CsvSource({
        "false, 1024, 0", "false, 1024, 10", "false, 1024, 300000",
        "true, 1024, 0", "true, 1024, 5000", "true, 1024, 64400", "true, 1024, 300000", "true, 1, 131072"})
    void patchedContainerEqualsTheOneWrittenInOrder(boolean secure, int headLength, int bodyLength) throws Exception {
        Random r = new Random(headLength * 7L + bodyLength);
        byte[] meta = new byte[90];
        byte[] head = new byte[headLength];
        byte[] body = new byte[bodyLength];
        r.nextBytes(meta);
        r.nextBytes(head);
        r.nextBytes(body);
        SfcKey key = secure ? SfcTestSupport.key("deferred") : null;

        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        SfcWriter w = writer(direct, key);
        entry(w.entry(META, meta.length), meta);
        try (OutputStream d = w.entry(DATA, headLength + (long) bodyLength)) {
            d.write(head);
            d.write(body);
        }
        w.finish();

        ByteArrayOutputStream deferred = new ByteArrayOutputStream();
        SfcWriter v = writer(deferred, key);
        entry(v.entry(META, meta.length), meta);
        try (OutputStream d = v.entryWithDeferredHead(DATA, headLength + (long) bodyLength, headLength)) {
            d.write(body);
        }
        Optional<SfcWriter.Patch> patch = v.finish(head);
        byte[] bytes = deferred.toByteArray();
        patch.ifPresent(p -> System.arraycopy(p.bytes(), 0, bytes, Math.toIntExact(p.offset()), p.bytes().length));

        assertArrayEquals(direct.toByteArray(), bytes);
        assertEquals(secure && bodyLength + headLength < 64_000, patch.isEmpty(), "patch only when the head left the stream");
        byte[] back = SfcTestSupport.read(bytes, secure ? "deferred" : null).get(DATA);
        assertArrayEquals(head, Arrays.copyOf(back, headLength));
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void aDeferredHeadMustBeSuppliedAndFit(boolean secure) throws Exception {
        SfcKey key = secure ? SfcTestSupport.key("deferred") : null;
        SfcWriter w = writer(new ByteArrayOutputStream(), key);
        OutputStream d = w.entryWithDeferredHead(DATA, 10, 4);
        d.write(new byte[6]);
        IllegalStateException plainFinish = assertThrows(IllegalStateException.class, w::finish);
        assertTrue(plainFinish.getMessage().contains("finish(head)"));
        assertThrows(IllegalArgumentException.class, () -> w.finish(new byte[3]));
        assertThrows(IllegalStateException.class, () -> w.entryWithDeferredHead(META, 10, 4));
        if (secure) {
            SfcWriter late = writer(new ByteArrayOutputStream(), key);
            try (OutputStream e = late.entry(META, 70_000)) {
                e.write(new byte[70_000]);
            }
            assertThrows(IllegalStateException.class, () -> late.entryWithDeferredHead(DATA, 10, 4), "head past chunk 0");
        }
    }

    private static SfcWriter writer(OutputStream out, SfcKey key) throws IOException {
        return key == null ? SfcWriter.plain(out) : SfcWriter.secure(out, key, SfcTestSupport.fixed(NONCE));
    }

    private static void entry(OutputStream e, byte[] data) throws IOException {
        try (e) {
            e.write(data);
        }
    }
}
