package adapters.out.container;

import java.io.IOException;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import org.graalvm.nativeimage.PinnedObject;
import org.graalvm.nativeimage.c.function.CFunction;
import org.graalvm.word.PointerBase;

/**
 * {@link ChunkCipher} through {@code omegasafe_aes256_gcm} ({@code src/main/c/aes_gcm.c}), which calls OpenSSL's EVP
 * AES-256-GCM from the libcrypto linked into the native executable: AES-NI and carry-less multiplication where the CPU
 * has them, chosen when libcrypto starts. The native image's own AES-GCM is portable Java code, which took about a
 * quarter of a small-file encrypt's CPU decrypting the 2 MB keys container of the benchmarks' key (docs/PERFORMANCE.md).
 *
 * <p>Native image only ({@link ChunkCipher#forKey} chooses it there); on a JVM the {@code @CFunction} has no
 * implementation. Arrays are pinned for each call: a call leaves the Java state and a collection may run meanwhile.
 */
final class LinkedAesGcm implements ChunkCipher {
    private static final int KEY_SIZE = 32;
    /** The C function's answer for a tag that does not match. */
    private static final int BAD_TAG = -1;
    private final byte[] key;

    LinkedAesGcm(byte[] payloadKey) {
        if (payloadKey.length != KEY_SIZE) throw new IllegalArgumentException("AES-256 takes a 32-byte key");
        this.key = payloadKey.clone();
    }

    @CFunction(value = "omegasafe_aes256_gcm", transition = CFunction.Transition.TO_NATIVE)
    private static native int aes256Gcm(int encrypt, PointerBase key, PointerBase nonce, PointerBase aad, int aadLength,
                                        PointerBase in, int len, PointerBase out);

    @Override
    public int seal(byte[] nonce, byte[] aad, byte[] in, int len, byte[] out) throws IOException {
        Objects.checkFromIndexSize(0, len + Sfc.TAG_SIZE, out.length);
        int n = call(1, nonce, aad, in, len, out);
        if (n != len + Sfc.TAG_SIZE) throw new IOException("AES-GCM encryption failed (OpenSSL returned " + n + ")");
        return n;
    }

    @Override
    public int open(byte[] nonce, byte[] aad, byte[] in, int len, byte[] out) throws IOException, AEADBadTagException {
        if (len < Sfc.TAG_SIZE) throw new AEADBadTagException("input shorter than the tag");
        Objects.checkFromIndexSize(0, len - Sfc.TAG_SIZE, out.length);
        int n = call(0, nonce, aad, in, len, out);
        if (n == BAD_TAG) throw new AEADBadTagException("tag mismatch");
        if (n != len - Sfc.TAG_SIZE) throw new IOException("AES-GCM decryption failed (OpenSSL returned " + n + ")");
        return n;
    }

    private int call(int encrypt, byte[] nonce, byte[] aad, byte[] in, int len, byte[] out) {
        if (nonce.length != Sfc.NONCE_SIZE) throw new IllegalArgumentException("GCM nonce must be 12 bytes");
        Objects.checkFromIndexSize(0, len, in.length);
        // a zero-length array has no element address to form: pass one byte more of capacity
        byte[] source = in.length == 0 ? new byte[1] : in;
        byte[] target = out.length == 0 ? new byte[1] : out;
        byte[] header = aad.length == 0 ? new byte[1] : aad;
        try (PinnedObject k = PinnedObject.create(key); PinnedObject v = PinnedObject.create(nonce);
             PinnedObject a = PinnedObject.create(header); PinnedObject i = PinnedObject.create(source);
             PinnedObject o = PinnedObject.create(target)) {
            return aes256Gcm(encrypt, k.addressOfArrayElement(0), v.addressOfArrayElement(0), a.addressOfArrayElement(0),
                    aad.length, i.addressOfArrayElement(0), len, o.addressOfArrayElement(0));
        }
    }
}
