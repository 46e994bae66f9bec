package adapters.out.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Small requests come from the platform generator as they are; bulk requests are the AES-256-CTR keystream under
 * the key and counter the generator gave for that request (known-answer vector of NIST SP 800-38A, F.5.5).
 */
class SecureEntropyTest {
    private static final HexFormat HEX = HexFormat.of();

    /** A generator that hands out fixed bytes, in order, and counts what it was asked for. */
    private static final class Scripted extends SecureRandom {
        private final byte[] script;
        private int at;

        Scripted(byte[] script) {
            this.script = script;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) bytes[i] = script[at++ % script.length];
        }
    }

    @Test
    void bulkRequestIsTheCounterModeKeystreamOfTheDrawnKeyAndCounter() {
        // SP 800-38A F.5.5 CTR-AES256.Encrypt: keystream = ciphertext XOR plaintext
        byte[] key = HEX.parseHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        byte[] counter = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
        byte[] plain = HEX.parseHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
        byte[] cipher = HEX.parseHex("601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"
                + "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6");
        byte[] seed = new byte[48];
        System.arraycopy(key, 0, seed, 0, 32);
        System.arraycopy(counter, 0, seed, 32, 16);
        byte[] out = new byte[SecureEntropy.BULK];
        Arrays.fill(out, (byte) 0x55);   // whatever the buffer held before does not show through
        new SecureEntropy(new Scripted(seed)).nextBytes(out);
        byte[] expected = new byte[64];
        for (int i = 0; i < 64; i++) expected[i] = (byte) (plain[i] ^ cipher[i]);
        assertArrayEquals(expected, Arrays.copyOf(out, 64));
    }

    @Test
    void smallRequestComesFromThePlatformGeneratorDirectly() {
        byte[] script = HEX.parseHex("0102030405");
        byte[] out = new byte[SecureEntropy.BULK - 1];
        new SecureEntropy(new Scripted(script)).nextBytes(out);
        for (int i = 0; i < out.length; i++) assertEquals(script[i % 5], out[i]);
    }

    @Test
    void everyBulkRequestIsKeyedAfresh() {
        SecureEntropy entropy = new SecureEntropy();
        byte[] a = new byte[1 << 20];
        byte[] b = new byte[1 << 20];
        entropy.nextBytes(a);
        entropy.nextBytes(b);
        assertFalse(Arrays.equals(a, b));
        // a keystream looks uniform: each byte value about 4096 times in 1 MiB (chi-square, 255 degrees of freedom,
        // far below 400, which a uniform source exceeds with probability below 1e-7)
        long[] counts = new long[256];
        for (byte x : a) counts[x & 0xFF]++;
        double chi = 0;
        for (long c : counts) chi += (c - 4096.0) * (c - 4096.0) / 4096.0;
        assertTrue(chi < 400, "chi-square " + chi);
    }
}
