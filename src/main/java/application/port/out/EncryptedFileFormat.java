package application.port.out;

import domain.format.EncryptionMetadata;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The outer form of an encrypted file: a Secure File Container with the entries
 * ENCRYPTION_METADATA_UUID ({@code encryption_metadata.json}) and ENCRYPTED_DATA_UUID
 * ({@code encrypted_data}), optionally in secure mode under the traditional-layer password.
 */
public interface EncryptedFileFormat {

    /**
     * Supplies the {@code encrypted_data} bytes in one pass although they start with a head that depends
     * on all the rest (the encrypted FileMetadata block holds the plaintext's SHA-256).
     */
    @FunctionalInterface
    interface DataWriter {
        /**
         * Writes the bytes after the head (exactly {@code dataLength - headLength}) to {@code out}, then
         * returns the head (exactly {@code headLength} bytes), which the format puts in front.
         */
        byte[] writeBodyThenHead(OutputStream out) throws IOException;
    }

    /**
     * Writes a new encrypted file at {@code target}: temporary file in the same directory, renamed into
     * place only after success; never replaces an existing file; leaves nothing behind on failure.
     * {@code encrypted_data} is {@code dataLength} bytes, the first {@code headLength} of them returned by
     * {@code data} after it has written the rest.
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code target} exists
     */
    void write(Path target, EncryptionMetadata metadata, long dataLength, int headLength,
               Optional<String> traditionalPassword, DataWriter data) throws IOException;

    /**
     * The same encrypted file as {@link #write}, in memory (an encrypted Delta: a few MiB at most).
     */
    byte[] encode(EncryptionMetadata metadata, long dataLength, int headLength, Optional<String> traditionalPassword,
                  DataWriter data) throws IOException;

    /**
     * Opens an encrypted file held in memory, as {@link #open(Path, Optional)} does.
     *
     * @throws NotAnEncryptedFileException when the bytes are not an OmegaSafe encrypted file or are damaged
     * @throws TraditionalLayerPasswordException when the traditional-layer password is missing or wrong
     */
    Opened decode(byte[] encrypted, Optional<String> traditionalPassword) throws IOException;

    /**
     * Opens an encrypted file for streaming. The metadata is read at once; the data stream follows.
     *
     * @throws NotAnEncryptedFileException when the file is not an OmegaSafe encrypted file or is damaged
     * @throws TraditionalLayerPasswordException when the traditional-layer password is missing or wrong
     */
    Opened open(Path source, Optional<String> traditionalPassword) throws IOException;

    /** An encrypted file being read. */
    interface Opened extends Closeable {
        EncryptionMetadata metadata();

        /** Length of {@code encrypted_data} in bytes. */
        long dataLength();

        /** The {@code encrypted_data} bytes (still OmegaSafe-encrypted). */
        InputStream data();

        /**
         * Reads whatever is left and checks the container's integrity to its last byte; only after this
         * returns may the caller trust what it read.
         *
         * @throws NotAnEncryptedFileException when the container is truncated or was modified
         */
        void verifyEnd() throws IOException;
    }
}
