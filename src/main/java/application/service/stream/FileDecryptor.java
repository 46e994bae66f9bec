package application.service.stream;

import application.port.in.Progress;
import application.port.out.EncryptedFileFormat;
import application.port.out.NotAnEncryptedFileException;
import domain.format.FileMetadata;
import domain.key.KeyIteration;
import domain.transform.OmegaCipher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * The decryption core shared by file decryption and Delta pulling: check the data fits the iteration,
 * decrypt and parse the 1024-byte prefix, then stream the payload, read the container to its end and
 * compare the SHA-256. The caller commits its output only after {@link #finish} returns.
 */
public final class FileDecryptor {
    private final EncryptedFileFormat.Opened opened;
    private final KeyIteration iteration;
    private final OmegaCipher cipher;
    private final FileMetadata metadata;

    /** Reads and checks the prefix of {@code opened} with {@code iteration}. */
    public FileDecryptor(EncryptedFileFormat.Opened opened, KeyIteration iteration) throws IOException {
        this.opened = opened;
        this.iteration = iteration;
        long start = opened.metadata().globalPositionStart();
        long dataLength = opened.dataLength();
        if (dataLength < FileMetadata.FILE_METADATA_SIZE || start < iteration.firstPosition()
                || start - 1 + dataLength > iteration.lastPosition()) {
            throw new NotAnEncryptedFileException("encrypted data does not fit the key iteration it names");
        }
        this.cipher = new OmegaCipher(iteration);
        byte[] head = opened.data().readNBytes(FileMetadata.FILE_METADATA_SIZE);
        if (head.length != FileMetadata.FILE_METADATA_SIZE) {
            throw new NotAnEncryptedFileException("encrypted data is shorter than its metadata block");
        }
        cipher.decrypt(start, head, 0, head.length);
        try {
            this.metadata = FileMetadata.decode(head);
        } catch (IllegalArgumentException e) {
            throw new NotAnEncryptedFileException(
                    "the file's metadata block does not decrypt: the file was modified or was not made with this key");
        }
        if (metadata.length() > dataLength - FileMetadata.FILE_METADATA_SIZE) {
            throw new NotAnEncryptedFileException("the file's metadata gives a length larger than its data");
        }
    }

    public FileMetadata metadata() { return metadata; }

    /** Streams the plaintext to {@code out}, then verifies the container's end and the SHA-256. */
    public void finish(OutputStream out) throws IOException {
        finish(out, 1, Progress.NONE);
    }

    /**
     * As {@link #finish(OutputStream)}, transforming on {@code threads} threads (SHA-256 alongside) and
     * reporting the plaintext bytes written to {@code progress}.
     */
    public void finish(OutputStream out, int threads, Progress progress) throws IOException {
        MessageDigest digest = OmegaStreams.newSha256();
        InputStream data = opened.data();
        ParallelTransform.copy(cipher, false, opened.metadata().globalPositionStart() + FileMetadata.FILE_METADATA_SIZE, data,
                metadata.length(), out, digest, threads, progress::advance);
        opened.verifyEnd();
        if (!MessageDigest.isEqual(digest.digest(), metadata.sha256())) {
            throw new NotAnEncryptedFileException("SHA-256 of the decrypted data does not match: the file was modified or damaged");
        }
    }

    public KeyIteration iteration() { return iteration; }
}
