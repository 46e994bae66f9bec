package adapters.out.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small requests come from the platform generator; bulk requests from the kernel's generator, or from the platform
 * generator where that cannot be read; and what the kernel's generator gives looks uniform.
 */
class SecureEntropyTest {

    /** A generator that hands out one repeating byte pattern. */
    private static final class Scripted extends SecureRandom {
        @Override
        public void nextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 5 + 1);
        }
    }

    /** A bulk source that records the lengths it was asked for and fills with 0x7f, or fails. */
    private static final class Recording implements SecureEntropy.BulkSource {
        final List<Integer> asked = new ArrayList<>();
        final boolean works;

        Recording(boolean works) {
            this.works = works;
        }

        @Override
        public boolean fill(byte[] bytes) {
            asked.add(bytes.length);
            Arrays.fill(bytes, 0, bytes.length / 2, (byte) 0x7f);   // a failing source may have filled part
            if (works) Arrays.fill(bytes, (byte) 0x7f);
            return works;
        }
    }

    @Test
    void bulkRequestsComeFromTheBulkSourceSmallOnesFromThePlatformGenerator() {
        Recording bulk = new Recording(true);
        SecureEntropy entropy = new SecureEntropy(new Scripted(), bulk);
        byte[] large = new byte[SecureEntropy.BULK];
        entropy.nextBytes(large);
        byte[] expected = new byte[SecureEntropy.BULK];
        Arrays.fill(expected, (byte) 0x7f);
        assertArrayEquals(expected, large);
        byte[] small = new byte[SecureEntropy.BULK - 1];
        entropy.nextBytes(small);
        for (int i = 0; i < small.length; i++) assertEquals((byte) (i % 5 + 1), small[i]);
        assertEquals(List.of(SecureEntropy.BULK), bulk.asked);
    }

    @Test
    void aBulkSourceThatCannotBeReadLeavesThePlatformGeneratorToFillAll() {
        Recording bulk = new Recording(false);
        byte[] large = new byte[1 << 16];
        new SecureEntropy(new Scripted(), bulk).nextBytes(large);
        assertEquals(List.of(1 << 16), bulk.asked);
        for (int i = 0; i < large.length; i++) assertEquals((byte) (i % 5 + 1), large[i], "byte " + i);
    }

    @Test
    void theKernelGeneratorFillsWholeRequestsThatDifferAndLookUniform() {
        byte[] a = new byte[1 << 20];
        byte[] b = new byte[1 << 20];
        assertTrue(SecureEntropy.URANDOM.fill(a));
        assertTrue(SecureEntropy.URANDOM.fill(b));
        assertFalse(Arrays.equals(a, b));
        // each byte value about 4096 times in 1 MiB: chi-square with 255 degrees of freedom stays far below 400,
        // which a uniform source exceeds with probability below 1e-7
        long[] counts = new long[256];
        for (byte x : a) counts[x & 0xFF]++;
        double chi = 0;
        for (long c : counts) chi += (c - 4096.0) * (c - 4096.0) / 4096.0;
        assertTrue(chi < 400, "chi-square " + chi);
    }

    @Test
    void onlyACharacterDeviceServesAsTheKernelGenerator(@TempDir Path tmp) throws Exception {
        assertTrue(SecureEntropy.isCharacterDevice(SecureEntropy.URANDOM_DEVICE));
        // a planted regular file, a FIFO (a read would hang) or a link to the real device are not it
        Path file = Files.write(tmp.resolve("urandom"), new byte[SecureEntropy.BULK]);
        assertFalse(SecureEntropy.isCharacterDevice(file));
        Path fifo = tmp.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertFalse(SecureEntropy.isCharacterDevice(fifo));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), SecureEntropy.URANDOM_DEVICE);
        assertFalse(SecureEntropy.isCharacterDevice(link));
        assertFalse(SecureEntropy.isCharacterDevice(tmp.resolve("absent")));
    }
}
