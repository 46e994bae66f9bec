package application.service.file;

import application.port.in.DecryptFileUseCase;
import application.port.in.FileNames;
import application.port.in.OmegaSafeException;
import application.port.out.Configuration;
import application.port.out.EncryptedFileFormat;
import application.port.out.NotAnEncryptedFileException;
import application.port.out.PlainFiles;
import application.port.out.Settings;
import application.service.key.LocalKeys;
import domain.format.EncryptionMetadata;
import domain.format.FileMetadata;
import domain.key.KeyIteration;
import domain.transform.OmegaCipher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * Decrypts a file: read the metadata, find the iteration that holds its first position, decrypt the
 * 1024-byte prefix, then stream the payload into a temporary file and commit it only when the container
 * is intact to its last byte and the SHA-256 matches.
 */
public final class DecryptFileService implements DecryptFileUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final EncryptedFileFormat format;
    private final PlainFiles files;

    public DecryptFileService(Configuration configuration, LocalKeys keys, EncryptedFileFormat format,
                              PlainFiles files) {
        this.configuration = configuration;
        this.keys = keys;
        this.format = format;
        this.files = files;
    }

    @Override
    public Result decrypt(Request request) {
        long began = System.nanoTime();
        Settings settings = configuration.load();
        Path input = request.inputFile();
        EncryptFileService.requireReadableFile(input);
        Path outDir = request.outputDir().orElse(Path.of("")).toAbsolutePath();
        EncryptFileService.requireDirectory(outDir);
        Path target = null;
        try (EncryptedFileFormat.Opened opened = format.open(input, settings.traditionalLayerPassword())) {
            EncryptionMetadata metadata = opened.metadata();
            KeyIteration alpha = keys.requireAlpha(metadata.keyUuid());
            long capacity = alpha.shape().iterationCapacity();
            long start = metadata.globalPositionStart();
            int seq = Math.toIntExact(start / capacity);
            if (seq == 0) {
                throw new NotAnEncryptedFileException("the file claims Alpha positions, which never encrypt user files");
            }
            KeyIteration iteration = keys.find(metadata.keyUuid(), seq).orElseThrow(() -> new OmegaSafeException(
                    "Delta " + seq + " of key " + metadata.keyUuid() + " is not on this device",
                    "pull it from the ECS: omegasafe pull-missing-deltas --key-uuid " + metadata.keyUuid()));
            long dataLength = opened.dataLength();
            if (dataLength < FileMetadata.FILE_METADATA_SIZE
                    || start + dataLength - 1 > iteration.lastPosition()) {
                throw new NotAnEncryptedFileException("encrypted data does not fit the key iteration it names");
            }
            OmegaCipher cipher = new OmegaCipher(iteration);
            InputStream data = opened.data();
            byte[] head = data.readNBytes(FileMetadata.FILE_METADATA_SIZE);
            if (head.length != FileMetadata.FILE_METADATA_SIZE) {
                throw new NotAnEncryptedFileException("encrypted data is shorter than its metadata block");
            }
            cipher.decrypt(start, head, 0, head.length);
            FileMetadata fileMetadata;
            try {
                fileMetadata = FileMetadata.decode(head);
            } catch (IllegalArgumentException e) {
                throw new NotAnEncryptedFileException(
                        "the file's metadata block does not decrypt: the file was modified or was not made with this key");
            }
            long length = fileMetadata.length();
            if (length > dataLength - FileMetadata.FILE_METADATA_SIZE) {
                throw new NotAnEncryptedFileException("the file's metadata gives a length larger than its data");
            }
            String name = request.fileNameOverride().orElse(fileMetadata.name());
            if (!FileNames.isPlainName(name)) {
                throw new NotAnEncryptedFileException("the file's stored name is not a plain file name");
            }
            target = outDir.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw EncryptFileService.outputExists(target);
            byte[] buffer = new byte[OmegaStreams.BUFFER_SIZE];
            long payloadStart = start + FileMetadata.FILE_METADATA_SIZE;
            files.writeNew(target, out -> {
                MessageDigest digest = OmegaStreams.newSha256();
                OmegaStreams.decryptCopy(cipher, payloadStart, data, length, out, digest, buffer);
                opened.verifyEnd();
                if (!MessageDigest.isEqual(digest.digest(), fileMetadata.sha256())) {
                    throw new NotAnEncryptedFileException(
                            "SHA-256 of the decrypted data does not match: the file was modified or damaged");
                }
            });
            return new Result(target, length, System.nanoTime() - began);
        } catch (FileAlreadyExistsException e) {
            throw EncryptFileService.outputExists(target == null ? Path.of(e.getFile()) : target);
        } catch (java.io.EOFException e) {
            throw new NotAnEncryptedFileException("the encrypted file is truncated", e);
        } catch (IOException e) {
            throw new OmegaSafeException("decryption failed: " + EncryptFileService.describe(e), null, e);
        }
    }
}
