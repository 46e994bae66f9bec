package adapters.out.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.ProviderException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link OpenSslSha256} against OpenSSL's real SHA256_* functions (the system's libcrypto, bound by {@link SharedLibCrypto}
 * as the native executable binds its linked copy), checked with FIPS 180-4 examples and against the JDK's SHA-256 on
 * every way of feeding it: block and padding boundaries, random splits and offsets, single bytes, clone, reuse.
 */
class OpenSslSha256Test {
    private static LibCrypto libCrypto;

    @BeforeAll
    static void bind() {
        libCrypto = SharedLibCrypto.load().orElse(null);
    }

    private static MessageDigest openSsl() {
        Assumptions.assumeTrue(libCrypto != null, "no libcrypto.so.3 or .so.1.1 on this machine (apt-get install libssl-dev)");
        return new OpenSslSha256(libCrypto);
    }

    private static MessageDigest jdk() throws Exception {
        return MessageDigest.getInstance("SHA-256", "SUN");
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void fips180ExamplesGiveTheirDigests() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hex(openSsl().digest()));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                hex(openSsl().digest("abc".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", hex(openSsl().digest(
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII))));
        byte[] millionA = new byte[1_000_000];
        Arrays.fill(millionA, (byte) 'a');
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", hex(openSsl().digest(millionA)));
    }

    @Test
    void randomSplitsOffsetsAndSingleBytesMatchTheJdk() throws Exception {
        Random random = new Random(42);
        for (int len : new int[] {0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 4096, 100_003}) {
            for (int trial = 0; trial < 8; trial++) {
                byte[] data = new byte[len + 17];
                random.nextBytes(data);
                int off = random.nextInt(17);
                MessageDigest ours = openSsl();
                MessageDigest ref = jdk();
                for (int pos = 0; pos < len; ) {
                    int step = Math.min(len - pos, random.nextInt(4) == 0 ? 1 : 1 + random.nextInt(300));
                    if (step == 1) {
                        ours.update(data[off + pos]);
                        ref.update(data[off + pos]);
                    } else {
                        ours.update(data, off + pos, step);
                        ref.update(data, off + pos, step);
                    }
                    pos += step;
                }
                assertArrayEquals(ref.digest(), ours.digest(), "length " + len + ", trial " + trial);
            }
        }
    }

    @Test
    void aCloneContinuesIndependentlyFromTheSameState() throws Exception {
        byte[] prefix = new byte[100];
        new Random(1).nextBytes(prefix);
        MessageDigest ours = openSsl();
        ours.update(prefix);
        MessageDigest copy = (MessageDigest) ours.clone();
        assertNotSame(ours, copy);
        ours.update((byte) 1);
        copy.update((byte) 2);
        MessageDigest ref = jdk();
        ref.update(prefix);
        MessageDigest refCopy = (MessageDigest) ref.clone();
        ref.update((byte) 1);
        refCopy.update((byte) 2);
        assertArrayEquals(ref.digest(), ours.digest());
        assertArrayEquals(refCopy.digest(), copy.digest());
    }

    @Test
    void digestResetsForTheNextMessage() throws Exception {
        MessageDigest ours = openSsl();
        ours.update(new byte[] {1, 2, 3});
        ours.digest();
        byte[] again = ours.digest("abc".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(jdk().digest("abc".getBytes(StandardCharsets.US_ASCII)), again);
        ours.update(new byte[] {9});
        ours.reset();
        assertArrayEquals(jdk().digest(), ours.digest());
        assertEquals(32, ours.getDigestLength());
    }

    @Test
    void aRangeOutsideTheArrayNeverReachesTheCFunctions() {
        MessageDigest ours = openSsl();
        assertThrows(IllegalArgumentException.class, () -> ours.update(new byte[4], 2, 3)); // MessageDigest's own check
        // MessageDigest lets a negative offset through (it checks length - offset < len only): the digest's check stops it
        assertThrows(IndexOutOfBoundsException.class, () -> ours.update(new byte[4], -1, 1));
    }

    @Test
    void aFailingCFunctionIsAProviderException() {
        LibCrypto failing = new LibCrypto() {
            @Override public int init(long[] ctx) { return 1; }
            @Override public int update(long[] ctx, byte[] data, int off, int len) { return 0; }
            @Override public int fin(long[] ctx, byte[] md) { return 0; }
        };
        MessageDigest md = new OpenSslSha256(failing);
        ProviderException e = assertThrows(ProviderException.class, () -> md.update(new byte[1]));
        assertTrue(e.getMessage().contains("SHA256_Update"), e.getMessage());
        assertThrows(ProviderException.class, md::digest);
    }
}
