package application.service.file;

import application.port.in.DecryptFileUseCase;
import application.port.in.FileNames;
import application.port.in.failure.DeltaFailure;
import application.port.in.failure.FailureException;
import application.port.in.failure.PathFailure.Role;
import application.port.out.Configuration;
import application.port.out.EcsUnavailableException;
import application.port.out.EncryptedFileFormat;
import application.port.out.NotAnEncryptedFileException;
import application.port.out.PlainFiles;
import application.port.out.Settings;
import application.service.delta.DeltaSync;
import application.service.shared.EcsResolver;
import application.service.shared.IoFailures;
import application.service.shared.LocalKeys;
import application.service.stream.FileDecryptor;
import domain.format.EncryptionMetadata;
import domain.format.FileMetadata;
import domain.key.KeyIteration;
import domain.position.IterationPositions;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Decrypts a file: read the metadata, find the iteration that holds its first position (pulling it and the
 * missing Deltas before it when this device lacks it, D4), decrypt the 1024-byte prefix, then stream the
 * payload into a temporary file and commit it only when the container is intact to its last byte and the
 * SHA-256 matches.
 */
public final class DecryptFileService implements DecryptFileUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final EncryptedFileFormat format;
    private final PlainFiles files;
    private final EcsResolver ecs;
    private final DeltaSync deltas;

    public DecryptFileService(Configuration configuration, LocalKeys keys, EncryptedFileFormat format, PlainFiles files,
                              EcsResolver ecs, DeltaSync deltas) {
        this.configuration = configuration;
        this.keys = keys;
        this.format = format;
        this.files = files;
        this.ecs = ecs;
        this.deltas = deltas;
    }

    @Override
    public Result decrypt(Request request) {
        long began = System.nanoTime();
        Settings settings = configuration.load();
        Path input = request.inputFile();
        IoFailures.requireReadableFile(Role.INPUT_FILE, input);
        Path outDir = request.outputDir().orElse(Path.of("")).toAbsolutePath();
        IoFailures.requireWritableDirectory(Role.OUTPUT_DIRECTORY, outDir);
        Path target = null;
        try (EncryptedFileFormat.Opened opened = format.open(input, settings.traditionalLayerPassword())) {
            EncryptionMetadata metadata = opened.metadata();
            KeyIteration alpha = keys.requireAlpha(metadata.keyUuid());
            int seq = iterationOf(alpha, metadata);
            KeyIteration iteration = keys.find(metadata.keyUuid(), seq).orElseGet(() -> pullUpTo(metadata.keyUuid(), seq, settings));
            FileDecryptor decryptor = new FileDecryptor(opened, iteration);
            FileMetadata fileMetadata = decryptor.metadata();
            String name = request.fileNameOverride().or(() -> FileNames.restoredName(fileMetadata.name()))
                    .orElseThrow(() -> new NotAnEncryptedFileException("the file's stored name is not a plain file name "
                            + "(it holds a directory separator or NUL, or is . or ..)"));
            target = outDir.resolve(name);
            IoFailures.requireAbsent(Role.OUTPUT_FILE, target);
            request.progress().start(fileMetadata.length());
            try {
                files.writeNew(target, out -> decryptor.finish(out, request.maxThreads(), request.progress()));
            } finally {
                request.progress().finish();
            }
            return new Result(target, fileMetadata.length(), System.nanoTime() - began);
        } catch (EOFException e) {
            throw new NotAnEncryptedFileException("the encrypted file is truncated", e);
        } catch (IOException e) {
            throw target == null ? IoFailures.reading(Role.INPUT_FILE, input, e) : IoFailures.writing(Role.OUTPUT_DIRECTORY, outDir, target, e);
        }
    }

    /**
     * The iteration whose positions the file says it used. A position that no iteration of the key can hold (beyond
     * the 64-bit range, or an Alpha position, which never encrypts user files) means a damaged or forged file.
     */
    private static int iterationOf(KeyIteration alpha, EncryptionMetadata metadata) {
        long capacity = alpha.shape().iterationCapacity();
        long start = metadata.globalPositionStart();
        long seq = start / capacity;
        if (seq > Integer.MAX_VALUE || !IterationPositions.exists(capacity, (int) seq)) {
            throw new NotAnEncryptedFileException("the file's global_position_start " + start + " lies beyond every iteration of key "
                    + metadata.keyUuid() + ": the file is damaged or was not made with this key");
        }
        if (seq == 0) throw new NotAnEncryptedFileException("the file claims Alpha positions, which never encrypt user files");
        return (int) seq;
    }

    /** D4: pulls the missing Deltas up to and including {@code seq} (not the newer ones) from the key's ECS. */
    private KeyIteration pullUpTo(UUID keyUuid, int seq, Settings settings) {
        if (ecs.entryOf(keyUuid).isEmpty()) throw new FailureException(new DeltaFailure.NotOnDevice(keyUuid, seq));
        try {
            deltas.pull(keyUuid, ecs.connectFor(keyUuid), seq, settings.traditionalLayerPassword());
        } catch (EcsUnavailableException e) {
            throw new FailureException(new DeltaFailure.NotOnDeviceEcsUnavailable(keyUuid, seq, e.getMessage()), e);
        }
        // Every Delta that encrypted a file was published before its first use, so one the ECS lacks was never made.
        return keys.find(keyUuid, seq).orElseThrow(() -> new NotAnEncryptedFileException("the file names Delta " + seq + " of key "
                + keyUuid + ", which neither this device nor its ECS holds: the file is damaged or was not made with this key"));
    }
}
