package adapters.out.container;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every single-bit change, every truncation and any appended byte is detected, in both modes. */
class SfcTamperTest {

    private static byte[] sample(boolean secure, int size) throws Exception {
        byte[] data = new byte[size];
        new Random(1).nextBytes(data);
        LinkedHashMap<UUID, byte[]> entries = new LinkedHashMap<>();
        entries.put(new UUID(7, 7), "metadata".getBytes());
        entries.put(new UUID(8, 8), data);
        return SfcTestSupport.write(secure ? SfcTestSupport.key("pw") : null, new byte[16], entries);
    }

    private static void assertRejected(byte[] container, boolean secure, String what) {
        try {
            SfcTestSupport.read(container, secure ? "pw" : null);
            fail(what + " was not detected");
        } catch (SfcFormatException | SfcPasswordException expected) {
            // detected
        } catch (Exception other) {
            fail(what + " gave " + other);
        }
    }

    @Test
    void everyFlippedBitIsDetected() throws Exception {
        for (boolean secure : new boolean[] {false, true}) {
            byte[] good = sample(secure, 300);
            for (int i = 0; i < good.length; i++) {
                for (int bit = 0; bit < 8; bit += 7) {
                    byte[] bad = good.clone();
                    bad[i] ^= (byte) (1 << bit);
                    assertRejected(bad, secure, (secure ? "secure" : "plain") + " flip at " + i);
                }
            }
        }
    }

    @Test
    void everyTruncationIsDetected() throws Exception {
        for (boolean secure : new boolean[] {false, true}) {
            byte[] good = sample(secure, 300);
            for (int keep = 0; keep < good.length; keep++) {
                assertRejected(Arrays.copyOf(good, keep), secure, "truncation to " + keep);
            }
        }
    }

    @Test
    void truncationAtAChunkBoundaryAndAppendedDataAreDetected() throws Exception {
        byte[] good = sample(true, 200_000);
        int firstChunkEnd = 67 + 65_536 + 16;
        assertRejected(Arrays.copyOf(good, firstChunkEnd), true, "cut after the first chunk");
        assertRejected(Arrays.copyOf(good, firstChunkEnd * 2 - 67), true, "cut after the second chunk");
        assertRejected(Arrays.copyOf(good, good.length + 1), true, "one appended byte");
        byte[] plain = sample(false, 1000);
        assertRejected(Arrays.copyOf(plain, plain.length + 1), false, "one appended byte");
    }

    @Test
    void reorderedChunksAreDetected() throws Exception {
        byte[] good = sample(true, 200_000);
        int header = 67;
        int sealed = 65_536 + 16;
        byte[] swapped = good.clone();
        System.arraycopy(good, header + sealed, swapped, header, sealed);
        System.arraycopy(good, header, swapped, header + sealed, sealed);
        assertRejected(swapped, true, "swapped chunks");
    }

    @Test
    void aPlainFileWithAValidTrailerButChangedModeIsRejected() throws Exception {
        byte[] plain = sample(false, 10);
        byte[] asSecure = plain.clone();
        asSecure[9] = 1;
        assertThrows(Exception.class, () -> SfcTestSupport.read(asSecure, "pw"));
    }
}
