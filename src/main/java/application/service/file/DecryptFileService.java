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
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

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

    private final application.port.out.ClaimCacheStore cache;
    private final application.service.ecs.EcsResolver ecs;
    private final application.service.key.DeltaSync deltas;

    public DecryptFileService(Configuration configuration, LocalKeys keys, EncryptedFileFormat format,
                              PlainFiles files, application.port.out.ClaimCacheStore cache,
                              application.service.ecs.EcsResolver ecs, application.service.key.DeltaSync deltas) {
        this.configuration = configuration;
        this.keys = keys;
        this.format = format;
        this.files = files;
        this.cache = cache;
        this.ecs = ecs;
        this.deltas = deltas;
    }

    /**
     * D4: the Delta holding the file's first position is not local; pull the missing Deltas up to and
     * including it (not the newer ones) from the key's ECS.
     */
    private KeyIteration pullUpTo(java.util.UUID keyUuid, int seq, Settings settings) {
        OmegaSafeException notHere = new OmegaSafeException("Delta " + seq + " of key " + keyUuid + " is not on this device",
                "pull it from the ECS: omegasafe pull-missing-deltas --key-uuid " + keyUuid);
        if (deltas == null) throw notHere;
        java.util.Optional<java.util.UUID> ecsUuid = cache.forKey(keyUuid).stream().map(e -> e.ecsUuid()).findFirst();
        if (ecsUuid.isEmpty()) throw notHere;
        try {
            deltas.pull(keyUuid, ecs.connect(ecs.require(ecsUuid.get())), seq, settings.traditionalLayerPassword());
        } catch (application.port.out.EcsUnavailableException e) {
            throw new OmegaSafeException("Delta " + seq + " of key " + keyUuid + " is not on this device and the ECS is "
                    + "unavailable (" + e.getMessage() + ")", "retry when the ECS can be reached");
        }
        return keys.find(keyUuid, seq).orElseThrow(() -> notHere);
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
            KeyIteration iteration = keys.find(metadata.keyUuid(), seq)
                    .orElseGet(() -> pullUpTo(metadata.keyUuid(), seq, settings));
            FileDecryptor decryptor = new FileDecryptor(opened, iteration);
            FileMetadata fileMetadata = decryptor.metadata();
            long length = fileMetadata.length();
            String name = request.fileNameOverride().orElse(fileMetadata.name());
            if (!FileNames.isPlainName(name)) {
                throw new NotAnEncryptedFileException("the file's stored name is not a plain file name");
            }
            target = outDir.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw EncryptFileService.outputExists(target);
            request.progress().start(length);
            try {
                files.writeNew(target, out -> decryptor.finish(out, request.maxThreads(), request.progress()));
            } finally {
                request.progress().finish();
            }
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
