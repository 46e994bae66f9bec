package application.service.stream;

import application.port.in.Progress;
import application.port.out.EncryptedFileFormat;
import application.port.out.Entropy;
import domain.format.EncryptionMetadata;
import domain.format.FileMetadata;
import domain.key.KeyIteration;
import domain.transform.OmegaCipher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes one encrypted file (payload file or encrypted Delta): {@code encrypted_data} is the 1024-byte
 * FileMetadata prefix, the payload and a random suffix, all transformed at consecutive positions.
 */
public final class FileEncryptor {
    /** The random suffix is up to 5 % of the plaintext length (reference: hides the exact size). */
    static final int SUFFIX_PERCENT_MAX = 5;

    /** Opens the plaintext (once per encryption). */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** Sizes of one encryption: plaintext length, suffix length and the positions it needs in total. */
    public record Plan(long length, long suffix) {
        public long positions() { return FileMetadata.FILE_METADATA_SIZE + length + suffix; }
    }

    private final EncryptedFileFormat format;
    private final Entropy entropy;

    public FileEncryptor(EncryptedFileFormat format, Entropy entropy) {
        this.format = format;
        this.entropy = entropy;
    }

    /** Chooses the random suffix length, uniform in {@code [0, floor(length * 5 / 100)]}. */
    public Plan plan(long length) {
        long max = length / 100 * SUFFIX_PERCENT_MAX + (length % 100) * SUFFIX_PERCENT_MAX / 100;
        if (max <= 0) return new Plan(length, 0);
        byte[] b = new byte[8];
        entropy.nextBytes(b);
        long r = ByteBuffer.wrap(b).getLong() & Long.MAX_VALUE;
        return new Plan(length, r % (max + 1));
    }

    /** Streams the whole encrypted file to {@code target} in one pass over the plaintext. */
    public void write(Path target, KeyIteration iteration, long start, String originalName, Plan plan,
                      Source source, Optional<String> traditionalPassword) throws IOException {
        write(target, iteration, start, originalName, plan, source, traditionalPassword, 1, Progress.NONE);
    }

    /**
     * As above, transforming the payload on {@code threads} threads. One pass: the payload and suffix are
     * transformed and written while the SHA-256 of the plaintext is computed alongside; the FileMetadata
     * block, which holds that digest, is encrypted last and put in front by the format.
     */
    public void write(Path target, KeyIteration iteration, long start, String originalName, Plan plan,
                      Source source, Optional<String> traditionalPassword, int threads, Progress progress)
            throws IOException {
        OmegaCipher cipher = new OmegaCipher(iteration);
        EncryptionMetadata metadata = new EncryptionMetadata(iteration.keyUuid(), start);
        long length = plan.length();
        format.write(target, metadata, plan.positions(), FileMetadata.FILE_METADATA_SIZE, traditionalPassword, out -> {
            MessageDigest sha256 = OmegaStreams.newSha256();
            long p = start + FileMetadata.FILE_METADATA_SIZE;
            try (InputStream in = InputReadException.wrap(source.open())) {
                p = ParallelTransform.copy(cipher, true, p, in, length, out, sha256, threads, progress::advance);
                if (in.read() != -1) throw new InputReadException("the input file grew while being encrypted");
            }
            writeSuffix(cipher, p, plan.suffix(), out);
            byte[] prefix = new FileMetadata(originalName, length, sha256.digest()).encode();
            cipher.encrypt(start, prefix, 0, prefix.length);
            return prefix;
        });
    }

    /**
     * The whole encrypted file of a small in-memory plaintext (an encrypted Delta), as {@link #write} would
     * write it.
     */
    public byte[] encode(KeyIteration iteration, long start, String originalName, Plan plan, byte[] plaintext,
                         Optional<String> traditionalPassword) throws IOException {
        if (plan.length() != plaintext.length) throw new IllegalArgumentException("the plan is for another length");
        OmegaCipher cipher = new OmegaCipher(iteration);
        EncryptionMetadata metadata = new EncryptionMetadata(iteration.keyUuid(), start);
        return format.encode(metadata, plan.positions(), FileMetadata.FILE_METADATA_SIZE, traditionalPassword, out -> {
            byte[] body = plaintext.clone();
            long p = start + FileMetadata.FILE_METADATA_SIZE;
            cipher.encrypt(p, body, 0, body.length);
            out.write(body);
            writeSuffix(cipher, p + body.length, plan.suffix(), out);
            byte[] prefix = new FileMetadata(originalName, plaintext.length, OmegaStreams.newSha256().digest(plaintext)).encode();
            cipher.encrypt(start, prefix, 0, prefix.length);
            return prefix;
        });
    }

    /** The random suffix, encrypted at the positions after the payload. */
    private void writeSuffix(OmegaCipher cipher, long position, long suffix, OutputStream out) throws IOException {
        byte[] buffer = new byte[(int) Math.min(OmegaStreams.BUFFER_SIZE, Math.max(suffix, 1))];
        long p = position;
        long left = suffix;
        while (left > 0) {
            int n = (int) Math.min(buffer.length, left);
            entropy.nextBytes(buffer);
            cipher.encrypt(p, buffer, 0, n);
            out.write(buffer, 0, n);
            p += n;
            left -= n;
        }
    }
}
