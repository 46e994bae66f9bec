package application.service.file;

import domain.transform.OmegaCipher;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * The streaming OmegaSafe transform between files: fixed-size buffers, so memory does not grow with
 * the file size.
 */
final class OmegaStreams {
    /** Working buffer: large enough to amortise system calls, small enough to stay in L2/L3 cache. */
    static final int BUFFER_SIZE = 1 << 20;

    private OmegaStreams() { }

    /**
     * Reads exactly {@code length} bytes from {@code in}, encrypts them at consecutive positions from
     * {@code position} and writes them to {@code out}. Returns the next unused position.
     */
    static long encryptCopy(OmegaCipher cipher, long position, InputStream in, long length, OutputStream out,
                            byte[] buffer) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, left));
            if (n <= 0) throw new EOFException("input file ended early (it changed while being encrypted?)");
            cipher.encrypt(position, buffer, 0, n);
            out.write(buffer, 0, n);
            position += n;
            left -= n;
        }
        return position;
    }

    /**
     * Reads exactly {@code length} bytes, decrypts them at consecutive positions from {@code position},
     * feeds the plaintext to {@code digest} and writes it to {@code out}. Returns the next position.
     */
    static long decryptCopy(OmegaCipher cipher, long position, InputStream in, long length, OutputStream out,
                            MessageDigest digest, byte[] buffer) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, left));
            if (n <= 0) throw new EOFException("encrypted data ended early");
            cipher.decrypt(position, buffer, 0, n);
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
            position += n;
            left -= n;
        }
        return position;
    }

    /** SHA-256 of a whole stream. */
    static byte[] sha256(InputStream in, byte[] buffer) throws IOException {
        MessageDigest digest = newSha256();
        int n;
        while ((n = in.read(buffer)) > 0) digest.update(buffer, 0, n);
        return digest.digest();
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }
}
