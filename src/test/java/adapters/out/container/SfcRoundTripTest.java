package adapters.out.container;

import static adapters.out.container.SfcTestSupport.FAST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SfcRoundTripTest {
    private static final byte[] NONCE = new byte[16];
    /** Two record headers (entry and end record) of 24 bytes each: body = 48 + entry length. */
    private static final int RECORDS = 48;

    private static byte[] random(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static void assertSameEntries(LinkedHashMap<UUID, byte[]> expected, LinkedHashMap<UUID, byte[]> actual) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "entries and their order");
        for (UUID id : expected.keySet()) assertArrayEquals(expected.get(id), actual.get(id), "data of " + id);
    }

    @ParameterizedTest(name = "entry of {0} bytes")
    @ValueSource(ints = {0, 1, 65_536 - RECORDS, 65_536 - RECORDS + 1, 65_535, 65_536, 65_537, 3 * 65_536 - RECORDS})
    void plainAndSecureRoundTripAroundChunkBoundaries(int size) throws Exception {
        LinkedHashMap<UUID, byte[]> entries = SfcTestSupport.entries(new UUID(2, 2), random(size, size));
        for (SfcKey key : new SfcKey[] {null, SfcTestSupport.key("pw")}) {
            byte[] container = SfcTestSupport.write(key, NONCE, entries);
            assertSameEntries(entries, SfcTestSupport.read(container, key == null ? null : "pw"));
        }
    }

    @Test
    void bodyOfExactlyOneChunkIsOneFullLastChunk() throws Exception {
        byte[] container = SfcTestSupport.write(SfcTestSupport.key("pw"), NONCE,
                SfcTestSupport.entries(new UUID(1, 1), new byte[65_536 - RECORDS]));
        assertEquals(SfcTestSupport.SECURE_HEADER + SfcTestSupport.SEALED_CHUNK, container.length);
        byte[] oneMore = SfcTestSupport.write(SfcTestSupport.key("pw"), NONCE,
                SfcTestSupport.entries(new UUID(1, 1), new byte[65_536 - RECORDS + 1]));
        assertEquals(SfcTestSupport.SECURE_HEADER + SfcTestSupport.SEALED_CHUNK + 1 + 16, oneMore.length);
    }

    @Test
    void severalEntriesKeepTheirOrderInBothModes() throws Exception {
        LinkedHashMap<UUID, byte[]> entries = SfcTestSupport.entries(
                new UUID(9, 9), "first".getBytes(), new UUID(1, 1), random(100_000, 1),
                new UUID(5, 5), new byte[0], new UUID(3, 3), random(65_536, 2));
        for (SfcKey key : new SfcKey[] {null, SfcTestSupport.key("pw")}) {
            assertSameEntries(entries, SfcTestSupport.read(SfcTestSupport.write(key, NONCE, entries), key == null ? null : "pw"));
        }
    }

    @Test
    void fiveMegabytesStreamInAndOutInOddSizedPieces() throws Exception {
        int size = 5_000_000;
        byte[] data = random(size, 42);
        for (boolean secure : new boolean[] {false, true}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            SfcWriter w = secure ? SfcWriter.secure(bytes, SfcTestSupport.key("pw")) : SfcWriter.plain(bytes);
            try (OutputStream e = w.entry(new UUID(1, 2), size)) {
                int off = 0;
                e.write(data[off++]);
                while (off < size) {
                    int n = Math.min(size - off, 7_777 + off % 100_000);
                    e.write(data, off, n);
                    off += n;
                }
            }
            w.finish();
            try (SfcReader r = SfcReader.open(new ByteArrayInputStream(bytes.toByteArray()), "pw")) {
                assertEquals(secure, r.secure());
                SfcEntry entry = r.next().orElseThrow();
                assertEquals(size, entry.length());
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                InputStream in = entry.stream();
                byte[] buf = new byte[10_001];
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
                assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), md.digest());
                assertFalse(r.verified(), "not verified before the end is read");
                assertEquals(Optional.empty(), r.next());
                assertTrue(r.verified());
            }
        }
    }

    @Test
    void unreadEntriesAreSkippedAndVerifyEndChecksTheRest() throws Exception {
        LinkedHashMap<UUID, byte[]> entries = SfcTestSupport.entries(new UUID(1, 1), random(200_000, 3), new UUID(2, 2), "x".getBytes());
        byte[] container = SfcTestSupport.write(SfcTestSupport.key("pw"), NONCE, entries);
        try (SfcReader r = SfcReader.open(new ByteArrayInputStream(container), "pw")) {
            assertEquals(new UUID(1, 1), r.next().orElseThrow().id());
            SfcEntry second = r.next().orElseThrow();
            assertEquals(new UUID(2, 2), second.id());
            r.verifyEnd();
            assertTrue(r.verified());
        }
    }

    @Test
    void secureModeHidesTheEntries() throws Exception {
        LinkedHashMap<UUID, byte[]> entries = SfcTestSupport.entries(new UUID(0x1234, 0x5678), "very visible text".getBytes());
        byte[] container = SfcTestSupport.write(SfcTestSupport.key("pw"), NONCE, entries);
        assertFalse(new String(container, StandardCharsets.ISO_8859_1).contains("visible"));
        byte[] plain = SfcTestSupport.write(null, null, entries);
        assertTrue(new String(plain, StandardCharsets.ISO_8859_1).contains("visible"));
    }

    @Test
    void wrongPasswordIsToldWithoutRevealingIt() throws Exception {
        byte[] container = SfcTestSupport.write(SfcTestSupport.key("right horse"), NONCE, new LinkedHashMap<>());
        SfcWrongPasswordException wrong = assertThrows(SfcWrongPasswordException.class,
                () -> SfcTestSupport.read(container, "wrong battery"));
        assertFalse(wrong.missing());
        assertEquals("wrong password for the container", wrong.getMessage());
    }

    @Test
    void missingPasswordIsToldAndThePasswordIsAskedOnlyForSecureContainers() throws Exception {
        byte[] secure = SfcTestSupport.write(SfcTestSupport.key("pw"), NONCE, new LinkedHashMap<>());
        SfcPasswordRequiredException missing = assertThrows(SfcPasswordRequiredException.class,
                () -> SfcReader.open(new ByteArrayInputStream(secure), (PasswordSupplier) null));
        assertTrue(missing.missing());
        assertTrue(missing.getMessage().contains("password is needed"));
        assertThrows(SfcPasswordRequiredException.class, () -> SfcReader.open(new ByteArrayInputStream(secure), PasswordSupplier.none()));

        byte[] plain = SfcTestSupport.write(null, null, SfcTestSupport.entries(new UUID(1, 1), "p".getBytes()));
        int[] asked = {0};
        LinkedHashMap<UUID, byte[]> back = SfcReader.readAll(new ByteArrayInputStream(plain), () -> {
            asked[0]++;
            return "pw".toCharArray();
        });
        assertArrayEquals("p".getBytes(), back.get(new UUID(1, 1)));
        assertEquals(0, asked[0]);
    }

    @Test
    void notAContainer() {
        SfcFormatException e = assertThrows(SfcFormatException.class,
                () -> SfcTestSupport.read("hello world, not a container".getBytes(), null));
        assertEquals("not an OmegaSafe container", e.getMessage());
        assertEquals("not an OmegaSafe container",
                assertThrows(SfcFormatException.class, () -> SfcTestSupport.read(new byte[0], null)).getMessage());
    }

    @Test
    void unsupportedVersionAndModeAreNamed() throws Exception {
        byte[] plain = SfcTestSupport.write(null, null, new LinkedHashMap<>());
        byte[] v2 = plain.clone();
        v2[8] = 2;
        assertTrue(assertThrows(SfcFormatException.class, () -> SfcTestSupport.read(v2, null)).getMessage()
                .startsWith("unsupported container version 2"));
        byte[] mode7 = plain.clone();
        mode7[9] = 7;
        assertTrue(assertThrows(SfcFormatException.class, () -> SfcTestSupport.read(mode7, null)).getMessage()
                .contains("unknown container mode 7"));
    }

    @ParameterizedTest(name = "hostile header field at offset {0}")
    @ValueSource(ints = {10, 11, 14, 17, 18})
    void hostileKdfParametersAreRefusedBeforeThePasswordIsAsked(int offset) throws Exception {
        byte[] hostile = SfcTestSupport.write(SfcTestSupport.key("pw"), NONCE, new LinkedHashMap<>());
        // 10..13 memory KiB, 14..17 iterations, 18 parallelism (docs/FORMAT.md 1.1)
        hostile[offset] = (byte) (offset == 18 ? 0 : 0x7F);
        if (offset == 11) hostile[offset] = 0x40; // 4 GiB of memory
        if (offset == 17) hostile[offset] = 100;  // 100 passes
        int[] asked = {0};
        SfcFormatException e = assertThrows(SfcFormatException.class, () -> SfcReader.open(new ByteArrayInputStream(hostile), () -> {
            asked[0]++;
            return "pw".toCharArray();
        }));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertEquals(0, asked[0], "no derivation is attempted");
    }

    @Test
    void entriesMustReceiveExactlyTheirAnnouncedLength() throws Exception {
        SfcWriter w = SfcWriter.plain(new ByteArrayOutputStream());
        OutputStream e = w.entry(new UUID(1, 1), 3);
        assertThrows(IllegalStateException.class, () -> e.write(new byte[4]));
        e.write(new byte[2]);
        assertThrows(IllegalStateException.class, e::close, "closing one byte short");
        assertThrows(IllegalStateException.class, w::finish);
        assertThrows(IllegalStateException.class, () -> w.entry(new UUID(2, 2), 0));
        e.write(9);
        assertThrows(IllegalStateException.class, () -> e.write(9), "one byte too many");
        e.close();
        w.finish();
        assertThrows(IllegalStateException.class, () -> w.entry(new UUID(3, 3), 0), "entry after finish");

        SfcWriter w2 = SfcWriter.plain(new ByteArrayOutputStream());
        w2.entry(new UUID(1, 1), 0).close();
        assertThrows(IllegalArgumentException.class, () -> w2.entry(new UUID(1, 1), 0), "duplicate");
        assertThrows(IllegalArgumentException.class, () -> w2.entry(new UUID(0, 0), 0), "nil UUID");
        assertThrows(IllegalArgumentException.class, () -> w2.entry(new UUID(4, 4), -1), "negative length");
    }

    @Test
    void aWriterClosedWithoutFinishLeavesAContainerEveryReaderRejects() throws Exception {
        for (boolean secure : new boolean[] {false, true}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (SfcWriter w = secure ? SfcWriter.secure(bytes, SfcTestSupport.key("pw")) : SfcWriter.plain(bytes)) {
                w.entry(new UUID(1, 1), 5).write("hello".getBytes());
            }
            assertThrows(SfcFormatException.class, () -> SfcTestSupport.read(bytes.toByteArray(), "pw"));
        }
    }

    @Test
    void duplicateEntryUuidsAreRejectedOnRead() throws Exception {
        byte[] record = new byte[24];
        record[15] = 1;                 // UUID 0..01, length 0
        byte[] end = new byte[24];
        byte[] body = new byte[72];
        System.arraycopy(record, 0, body, 0, 24);
        System.arraycopy(record, 0, body, 24, 24);
        System.arraycopy(end, 0, body, 48, 24);
        byte[] forged = SfcTestSupport.plainWithBody(body);
        assertTrue(assertThrows(SfcFormatException.class, () -> SfcTestSupport.read(forged, null)).getMessage().contains("twice"));
        byte[] once = SfcTestSupport.plainWithBody(Arrays.copyOfRange(body, 24, 72));
        assertEquals(1, SfcTestSupport.read(once, null).size(), "the same bytes with one record are valid");
    }

    @Test
    void rewritingWithTheReadKeyKeepsTheSaltAndDrawsAFreshStreamNonce() throws Exception {
        SfcKey created = SfcKey.create("pw", FAST, SfcTestSupport.fixed(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
        LinkedHashMap<UUID, byte[]> entries = SfcTestSupport.entries(new UUID(1, 1), new byte[100]);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        SfcWriter.secure(first, created).writeAll(entries);
        SfcKey read;
        try (SfcReader r = SfcReader.open(new ByteArrayInputStream(first.toByteArray()), "pw")) {
            read = r.key().orElseThrow();
            assertArrayEquals(created.salt(), read.salt());
            assertEquals(created.params(), read.params());
        }
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        SfcWriter.secure(second, read).writeAll(entries);
        byte[] a = first.toByteArray();
        byte[] b = second.toByteArray();
        assertArrayEquals(Arrays.copyOfRange(a, 0, 35), Arrays.copyOfRange(b, 0, 35), "same magic, costs and salt");
        assertFalse(Arrays.equals(Arrays.copyOfRange(a, 35, 51), Arrays.copyOfRange(b, 35, 51)), "fresh stream nonce");
        assertFalse(Arrays.equals(Arrays.copyOfRange(a, 67, a.length), Arrays.copyOfRange(b, 67, b.length)), "fresh ciphertext");
        assertSameEntries(entries, SfcTestSupport.read(b, "pw"));
        assertFalse(read.toString().contains(java.util.HexFormat.of().formatHex(read.salt())));
    }

    @Test
    void charArrayAndStringPasswordsDeriveTheSameKey() throws Exception {
        String password = "pässwörd ✓";
        byte[] container = SfcTestSupport.write(SfcKey.derive(password.toCharArray(), FAST, new byte[16]), NONCE,
                SfcTestSupport.entries(new UUID(1, 1), "x".getBytes()));
        assertEquals(1, SfcTestSupport.read(container, password).size());
    }
}
