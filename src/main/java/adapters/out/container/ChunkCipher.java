package adapters.out.container;

import java.io.IOException;
import javax.crypto.AEADBadTagException;

/**
 * AES-256-GCM over the chunks of one secure container, under its payload key (docs/FORMAT.md, "Secure mode"): a
 * 12-byte nonce per chunk ({@link Sfc#nonce}), the container header as additional authenticated data, a 16-byte tag
 * after the ciphertext. The JDK's AES-GCM on a JVM (HotSpot's AES-NI and carry-less multiply intrinsics), OpenSSL's in
 * the native executable ({@link LinkedAesGcm}), whose own AES-GCM is portable Java code there. One instance serves one
 * thread at a time.
 */
interface ChunkCipher {

    /**
     * Encrypts {@code in[0, len)} into {@code out}: the ciphertext, then the tag.
     *
     * @return the bytes written, {@code len + 16}
     * @throws IOException when the cipher fails (it does not for valid arguments)
     */
    int seal(byte[] nonce, byte[] aad, byte[] in, int len, byte[] out) throws IOException;

    /**
     * Decrypts {@code in[0, len)}, the ciphertext then the tag, into {@code out} once the tag is verified.
     *
     * @return the plaintext bytes written, {@code len - 16}
     * @throws AEADBadTagException when the tag does not match (tampered, truncated or corrupted data, or another key)
     * @throws IOException         when the cipher fails otherwise
     */
    int open(byte[] nonce, byte[] aad, byte[] in, int len, byte[] out) throws IOException, AEADBadTagException;

    /** The chunk cipher of this runtime under the 32-byte {@code payloadKey}. */
    static ChunkCipher forKey(byte[] payloadKey) {
        return Sfc.nativeRun() ? new LinkedAesGcm(payloadKey) : new JdkAesGcm(payloadKey);
    }
}
