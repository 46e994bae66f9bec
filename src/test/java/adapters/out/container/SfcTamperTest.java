package adapters.out.container;

import static adapters.out.container.SfcTestSupport.SEALED_CHUNK;
import static adapters.out.container.SfcTestSupport.SECURE_HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every flipped byte, every truncation, appended data, reordered, repeated or dropped chunks and a changed
 * header are detected, in both modes: the reader fails with a format or password error, never returns.
 */
class SfcTamperTest {
    private static final byte[] NONCE = new byte[16];

    private static byte[] sample(boolean secure, int size) throws Exception {
        byte[] data = new byte[size];
        new Random(1).nextBytes(data);
        LinkedHashMap<UUID, byte[]> entries = SfcTestSupport.entries(new UUID(7, 7), "metadata".getBytes(), new UUID(8, 8), data);
        return SfcTestSupport.write(secure ? SfcTestSupport.key("pw") : null, NONCE, entries);
    }

    /** Reads the whole container and expects the reader to refuse it. */
    private static RuntimeException assertRejected(byte[] container, String what) {
        try {
            SfcTestSupport.read(container, "pw");
        } catch (SfcFormatException | SfcPasswordException expected) {
            return expected;
        } catch (Exception other) {
            fail(what + " gave " + other);
        }
        return fail(what + " was not detected");
    }

    @Test
    void everyFlippedByteAndBitIsDetected() throws Exception {
        for (boolean secure : new boolean[] {false, true}) {
            byte[] good = sample(secure, 300);
            assertEquals(2, SfcTestSupport.read(good, "pw").size());
            for (int i = 0; i < good.length; i++) {
                for (int mask : new int[] {0x01, 0x80, 0xFF}) {
                    byte[] bad = good.clone();
                    bad[i] ^= (byte) mask;
                    assertRejected(bad, (secure ? "secure" : "plain") + " flip " + mask + " at " + i);
                }
            }
        }
    }

    @Test
    void everyTruncationIsDetected() throws Exception {
        for (boolean secure : new boolean[] {false, true}) {
            byte[] good = sample(secure, 300);
            for (int keep = 0; keep < good.length; keep++) {
                assertRejected(Arrays.copyOf(good, keep), (secure ? "secure" : "plain") + " truncation to " + keep);
            }
        }
    }

    @Test
    void truncationAtChunkBoundariesIsDetected() throws Exception {
        byte[] good = sample(true, 200_000);
        assertEquals(SECURE_HEADER + 3 * SEALED_CHUNK + (200_000 + 8 + 72 - 3 * 65_536) + 16, good.length);
        for (int chunks = 0; chunks <= 3; chunks++) {
            String message = assertRejected(Arrays.copyOf(good, SECURE_HEADER + chunks * SEALED_CHUNK), "cut after " + chunks + " chunks")
                    .getMessage();
            assertTrue(message.contains("truncated"), message);
        }
    }

    @Test
    void appendedDataIsDetected() throws Exception {
        for (boolean secure : new boolean[] {false, true}) {
            byte[] good = sample(secure, 1000);
            assertRejected(Arrays.copyOf(good, good.length + 1), "one appended zero byte");
            byte[] garbage = Arrays.copyOf(good, good.length + 100);
            Arrays.fill(garbage, good.length, garbage.length, (byte) 0x5A);
            assertRejected(garbage, "100 appended bytes");
            byte[] twice = Arrays.copyOf(good, good.length * 2);
            System.arraycopy(good, 0, twice, good.length, good.length);
            assertRejected(twice, "the container twice");
        }
        byte[] big = sample(true, 200_000);
        byte[] lastAgain = Arrays.copyOf(big, big.length + (big.length - SECURE_HEADER - 3 * SEALED_CHUNK));
        System.arraycopy(big, SECURE_HEADER + 3 * SEALED_CHUNK, lastAgain, big.length, big.length - SECURE_HEADER - 3 * SEALED_CHUNK);
        assertRejected(lastAgain, "final chunk repeated");
    }

    @Test
    void reorderedRepeatedAndDroppedChunksAreDetected() throws Exception {
        byte[] good = sample(true, 200_000);
        byte[] swapped = good.clone();
        System.arraycopy(good, SECURE_HEADER + SEALED_CHUNK, swapped, SECURE_HEADER, SEALED_CHUNK);
        System.arraycopy(good, SECURE_HEADER, swapped, SECURE_HEADER + SEALED_CHUNK, SEALED_CHUNK);
        assertRejected(swapped, "chunks 0 and 1 swapped");

        byte[] repeated = good.clone();
        System.arraycopy(good, SECURE_HEADER, repeated, SECURE_HEADER + SEALED_CHUNK, SEALED_CHUNK);
        assertRejected(repeated, "chunk 0 in place of chunk 1");

        ByteArrayOutputStream dropped = new ByteArrayOutputStream();
        dropped.write(good, 0, SECURE_HEADER + SEALED_CHUNK);
        dropped.write(good, SECURE_HEADER + 2 * SEALED_CHUNK, good.length - SECURE_HEADER - 2 * SEALED_CHUNK);
        assertRejected(dropped.toByteArray(), "chunk 1 dropped");
    }

    @Test
    void headerChangesAreDetectedAndClassified() throws Exception {
        byte[] good = sample(true, 100);
        byte[] nonce = good.clone();
        nonce[40] ^= 1;   // stream nonce: a different payload key, every chunk fails
        assertTrue(assertRejected(nonce, "stream nonce").getMessage().contains("integrity check failed"));
        byte[] salt = good.clone();
        salt[20] ^= 1;    // salt: a different master key, the check value no longer matches
        assertTrue(assertRejected(salt, "salt") instanceof SfcWrongPasswordException);
        byte[] check = good.clone();
        check[60] ^= 1;
        assertTrue(assertRejected(check, "check value") instanceof SfcWrongPasswordException);
        byte[] plainMode = good.clone();
        plainMode[9] = 0; // secure container claimed plain: no trailer matches
        assertTrue(assertRejected(plainMode, "mode byte") instanceof SfcFormatException);
    }

    @Test
    void aHeaderFromAnotherWriteOfTheSameKeyDoesNotOpenThisBody() throws Exception {
        SfcKey key = SfcTestSupport.key("pw");
        LinkedHashMap<UUID, byte[]> entries = SfcTestSupport.entries(new UUID(1, 1), "same".getBytes());
        byte[] a = SfcTestSupport.write(key, new byte[16], entries);
        byte[] otherNonce = new byte[16];
        otherNonce[15] = 1;
        byte[] b = SfcTestSupport.write(key, otherNonce, entries);
        byte[] spliced = b.clone();
        System.arraycopy(a, 0, spliced, 0, SECURE_HEADER);
        assertRejected(spliced, "header of one write, body of another");
    }

    @Test
    void aPlainFileWithAValidTrailerButChangedModeIsRejected() throws Exception {
        byte[] plain = sample(false, 10);
        byte[] asSecure = plain.clone();
        asSecure[9] = 1;
        assertThrows(RuntimeException.class, () -> SfcTestSupport.read(asSecure, "pw"));
    }
}
