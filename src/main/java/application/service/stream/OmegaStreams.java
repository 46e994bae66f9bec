package application.service.stream;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.function.LongConsumer;

/** Stream helpers of the file transform: the SHA-256 pass over a plaintext. */
final class OmegaStreams {
    /** Read buffer of the hash pass: large enough to amortise system calls. */
    static final int BUFFER_SIZE = 1 << 20;

    private OmegaStreams() { }

    /** SHA-256 of a whole stream; {@code progress} receives the bytes hashed so far after each read. */
    static byte[] sha256(InputStream in, byte[] buffer, LongConsumer progress) throws IOException {
        MessageDigest digest = newSha256();
        long done = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            digest.update(buffer, 0, n);
            done += n;
            progress.accept(done);
        }
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
