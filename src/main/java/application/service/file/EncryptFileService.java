package application.service.file;

import application.port.in.EncryptFileUseCase;
import application.port.in.failure.FailureException;
import application.port.in.failure.KeyFailure;
import application.port.in.failure.PathFailure.Role;
import application.port.out.Configuration;
import application.port.out.PlainFiles;
import application.port.out.Settings;
import application.service.delta.LatestDeltaPositions;
import application.service.shared.IoFailures;
import application.service.shared.LocalKeys;
import application.service.stream.FileEncryptor;
import application.service.stream.InputReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Encrypts a file with the key's latest Delta: check the paths, plan the sizes, take positions
 * ({@link LatestDeltaPositions}), then stream prefix, payload and random suffix through the transform into a
 * new file that appears only when complete.
 */
public final class EncryptFileService implements EncryptFileUseCase {
    /** Default file name extension of encrypted outputs (reference: {@code .omegasafe}). */
    static final String EXTENSION = ".omegasafe";

    private final Configuration configuration;
    private final LocalKeys keys;
    private final LatestDeltaPositions positions;
    private final FileEncryptor encryptor;
    private final PlainFiles files;

    public EncryptFileService(Configuration configuration, LocalKeys keys, LatestDeltaPositions positions,
                              FileEncryptor encryptor, PlainFiles files) {
        this.configuration = configuration;
        this.keys = keys;
        this.positions = positions;
        this.encryptor = encryptor;
        this.files = files;
    }

    @Override
    public Result encrypt(Request request) {
        long began = System.nanoTime();
        Settings settings = configuration.load();
        Path input = request.inputFile();
        IoFailures.requireReadableFile(Role.INPUT_FILE, input);
        Path outDir = request.outputDir().orElse(Path.of("")).toAbsolutePath();
        IoFailures.requireWritableDirectory(Role.OUTPUT_DIRECTORY, outDir);
        Path target = outDir.resolve(request.fileNameOverride().orElseGet(() -> UUID.randomUUID() + EXTENSION));
        IoFailures.requireAbsent(Role.OUTPUT_FILE, target);
        long capacity = keys.requireAlpha(request.keyUuid()).shape().iterationCapacity();
        long length = size(input);
        FileEncryptor.Plan plan = encryptor.plan(length);
        if (plan.positions() > capacity) {
            throw new FailureException(new KeyFailure.FileTooLarge(request.keyUuid(), plan.positions(), capacity));
        }
        var taken = switch (positions.take(request.keyUuid(), plan.positions(), settings)) {
            case LatestDeltaPositions.Result.Taken t -> t;
            case LatestDeltaPositions.Result.Refused r -> throw new FailureException(r.failure());
        };
        String originalName = input.getFileName() == null ? "file" : input.getFileName().toString();
        request.progress().start(length);
        try {
            encryptor.write(target, taken.delta(), taken.range().start(), originalName, plan, () -> files.open(input),
                    settings.traditionalLayerPassword(), request.maxThreads(), request.progress());
        } catch (InputReadException e) {
            throw IoFailures.reading(Role.INPUT_FILE, input, e.getCause() instanceof IOException c ? c : e);
        } catch (IOException e) {
            throw IoFailures.writing(Role.OUTPUT_DIRECTORY, outDir, target, e);
        } finally {
            request.progress().finish();
        }
        return new Result(target, length, taken.range().start(), plan.positions(), System.nanoTime() - began);
    }

    private long size(Path input) {
        try {
            return files.size(input);
        } catch (IOException e) {
            throw IoFailures.reading(Role.INPUT_FILE, input, e);
        }
    }
}
