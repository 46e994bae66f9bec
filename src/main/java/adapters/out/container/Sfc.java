package adapters.out.container;

import io.quarkus.runtime.ImageMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.UUID;
import javax.crypto.Cipher;

/** Constants of the Secure File Container layout (docs/FORMAT.md, section 1). */
final class Sfc {
    /** File signature. */
    static final byte[] MAGIC = "OMEGASFC".getBytes(StandardCharsets.US_ASCII);
    /** Layout version this code reads and writes. */
    static final int VERSION = 1;
    static final int MODE_PLAIN = 0;
    static final int MODE_SECURE = 1;
    /** magic 8 + version 1 + mode 1. */
    static final int PLAIN_HEADER_SIZE = 10;
    /** plain header + memory 4 + iterations 4 + parallelism 1 + salt 16 + stream nonce 16 + check 16. */
    static final int SECURE_HEADER_SIZE = PLAIN_HEADER_SIZE + 4 + 4 + 1 + SfcKey.SALT_SIZE + 16 + SfcKey.CHECK_SIZE;
    /** Stream nonce length: HKDF salt of the per-write payload key. */
    static final int STREAM_NONCE_SIZE = 16;
    /** Entry record header: UUID 16 + u64 length 8. */
    static final int RECORD_HEADER_SIZE = 24;
    /** The end record's UUID (all zero); it carries length 0. */
    static final UUID END = new UUID(0, 0);
    /** Plaintext bytes per AES-GCM chunk (as in age's STREAM): bounds memory and the work lost to a flip. */
    static final int CHUNK_SIZE = 64 * 1024;
    /** AES-GCM tag length in bytes. */
    static final int TAG_SIZE = 16;
    /** A sealed full chunk: ciphertext and tag. */
    static final int SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;
    /** GCM nonce: 11-byte big-endian chunk counter then a 1-byte last-chunk flag. */
    static final int NONCE_SIZE = 12;
    /**
     * Plain-mode trailer: CRC-32C (Castagnoli) over every preceding byte, big-endian. Plain mode has no
     * key, so no trailer could authenticate it (anyone can recompute an unkeyed hash); the trailer only has
     * to catch corruption and truncation, which CRC-32C does for every burst up to 32 bits and otherwise
     * with probability 1 - 2^-32, at over 10 GB/s with the CPU's CRC32 instruction where a SHA-256 pass
     * would cost as much as the whole transform. Payloads carry their own SHA-256 inside.
     */
    static final int TRAILER_SIZE = 4;

    private Sfc() { }

    /** The JDK's AES-GCM (hardware accelerated where the CPU offers it). */
    static Cipher aesGcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * The plain-mode trailer checksum: the JDK's CRC32C (HotSpot's intrinsic uses the CPU's CRC32 instruction), in the
     * native executable {@link LinkedCrc32c} (the image's CRC32C is portable Java code, four times slower there).
     */
    static java.util.zip.Checksum trailer() {
        return nativeRun() ? new LinkedCrc32c() : new java.util.zip.CRC32C();
    }

    /**
     * Whether this is the native executable running, asked as {@code adapters.config.Wiring} asks it (Quarkus's
     * {@link ImageMode}, which works on a JVM too, where the GraalVM SDK is not on the class path); at each call, not
     * kept in a static field a native image could fold at build time.
     */
    static boolean nativeRun() {
        return ImageMode.current() == ImageMode.NATIVE_RUN;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** The GCM nonce of chunk {@code counter}: the counter in bytes 0..10 (big-endian), the flag in byte 11. */
    static byte[] nonce(long counter, boolean last) {
        byte[] n = new byte[NONCE_SIZE];
        for (int i = 10; i >= 3; i--) {
            n[i] = (byte) counter;
            counter >>>= 8;
        }
        n[11] = (byte) (last ? 1 : 0);
        return n;
    }

    static void putRecordHeader(byte[] dst, UUID id, long length) {
        putLong(dst, 0, id.getMostSignificantBits());
        putLong(dst, 8, id.getLeastSignificantBits());
        putLong(dst, 16, length);
    }

    private static void putLong(byte[] dst, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            dst[off + i] = (byte) v;
            v >>>= 8;
        }
    }
}
