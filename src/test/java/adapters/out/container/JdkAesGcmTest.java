package adapters.out.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

/**
 * The chunk cipher of the JVM against the known answer of the GCM specification (McGrew and Viega, test case 16:
 * AES-256, 12-byte IV, 20 bytes of AAD, 60 bytes of plaintext), an empty chunk, and a tampered one. The native
 * executable's {@link LinkedAesGcm} (OpenSSL) is checked against this one end to end: Sha256AcrossRuntimesIT opens
 * in this JVM the containers the native executable wrote and the other way round, and DamagedContainersIT has it
 * refuse tampered chunks.
 */
class JdkAesGcmTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] KEY = HEX.parseHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    private static final byte[] IV = HEX.parseHex("cafebabefacedbaddecaf888");
    private static final byte[] AAD = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    private static final byte[] PLAIN = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    private static final byte[] SEALED = HEX.parseHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
            + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662" + "76fc6ece0f4e1768cddf8853bb2d551b");

    @Test
    void sealsAndOpensTheKnownAnswer() throws Exception {
        ChunkCipher c = ChunkCipher.forKey(KEY);
        byte[] out = new byte[PLAIN.length + Sfc.TAG_SIZE];
        assertEquals(SEALED.length, c.seal(IV, AAD, PLAIN, PLAIN.length, out));
        assertArrayEquals(SEALED, out);
        byte[] back = new byte[PLAIN.length];
        assertEquals(PLAIN.length, c.open(IV, AAD, SEALED, SEALED.length, back));
        assertArrayEquals(PLAIN, back);
    }

    @Test
    void anEmptyChunkIsATagOnly() throws Exception {
        ChunkCipher c = ChunkCipher.forKey(KEY);
        byte[] tag = new byte[Sfc.TAG_SIZE];
        assertEquals(Sfc.TAG_SIZE, c.seal(IV, AAD, new byte[0], 0, tag));
        assertEquals(0, c.open(IV, AAD, tag, tag.length, new byte[0]));
    }

    @Test
    void aFlippedBitInTheCiphertextTheTagOrTheAadIsRefused() {
        ChunkCipher c = ChunkCipher.forKey(KEY);
        for (int i : new int[] {0, PLAIN.length - 1, PLAIN.length, SEALED.length - 1}) {
            byte[] bad = SEALED.clone();
            bad[i] ^= 1;
            assertThrows(AEADBadTagException.class, () -> c.open(IV, AAD, bad, bad.length, new byte[PLAIN.length]), "byte " + i);
        }
        byte[] otherAad = Arrays.copyOf(AAD, AAD.length);
        otherAad[0] ^= 1;
        assertThrows(AEADBadTagException.class, () -> c.open(IV, otherAad, SEALED, SEALED.length, new byte[PLAIN.length]));
    }
}
