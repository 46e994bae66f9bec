package application.service.key;

import application.port.in.ImportKeyDeltaUseCase;
import application.port.in.failure.DeltaFailure;
import application.port.in.failure.FailureException;
import application.port.in.failure.KeyFailure;
import application.port.in.failure.PathFailure.Role;
import application.port.out.Configuration;
import application.port.out.EncryptedFileFormat;
import application.port.out.Settings;
import application.service.shared.EcsResolver;
import application.service.shared.IoFailures;
import application.service.shared.LocalKeys;
import application.service.stream.FileDecryptor;
import domain.key.KeyIteration;
import domain.key.KeyIterationCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * import-key-delta (reference D8, a manual recovery path that does not contact the ECS): decrypt the Delta with
 * the local Alpha, validate it (key, seq &gt; 0, shape), skip it when the same iteration is present, refuse a
 * different iteration for a present sequence, and require the next sequence ({@code latest + 1}) otherwise.
 * Requires the local Alpha and the key's ECS link.
 */
public final class ImportKeyDeltaService implements ImportKeyDeltaUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final EcsResolver ecs;
    private final EncryptedFileFormat format;

    public ImportKeyDeltaService(Configuration configuration, LocalKeys keys, EcsResolver ecs, EncryptedFileFormat format) {
        this.configuration = configuration;
        this.keys = keys;
        this.ecs = ecs;
        this.format = format;
    }

    @Override
    public Result importDelta(Path input) {
        Settings settings = configuration.load();
        IoFailures.requireReadableFile(Role.INPUT_FILE, input);
        KeyIteration alpha;
        KeyIteration delta;
        try (EncryptedFileFormat.Opened opened = format.open(input, settings.traditionalLayerPassword())) {
            UUID keyUuid = opened.metadata().keyUuid();
            alpha = keys.requireAlpha(keyUuid);
            if (ecs.ecsOf(keyUuid).isEmpty()) throw new FailureException(new KeyFailure.NotLinkedToEcs(keyUuid));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new FileDecryptor(opened, alpha).finish(bytes);
            try {
                delta = KeyIterationCodec.decode(bytes.toByteArray());
            } catch (IllegalArgumentException e) {
                throw new FailureException(new DeltaFailure.NotADeltaOfKey(keyUuid), e);
            }
        } catch (IOException e) {
            throw IoFailures.reading(Role.INPUT_FILE, input, e);
        }
        if (!delta.keyUuid().equals(alpha.keyUuid()) || delta.seq() < 1 || !delta.shape().equals(alpha.shape())) {
            throw new FailureException(new DeltaFailure.NotADeltaOfKey(alpha.keyUuid()));
        }
        List<KeyIteration> local = keys.iterations(alpha.keyUuid());
        if (local.stream().anyMatch(i -> i.iterationUuid().equals(delta.iterationUuid()))) return result(false, delta);
        Optional<KeyIteration> sameSeq = local.stream().filter(i -> i.seq() == delta.seq()).findFirst();
        if (sameSeq.isPresent()) {
            throw new FailureException(new DeltaFailure.SequenceTakenLocally(alpha.keyUuid(), delta.seq(), sameSeq.get().iterationUuid()));
        }
        int latest = local.stream().mapToInt(KeyIteration::seq).max().orElse(0);
        if (delta.seq() != latest + 1) throw new FailureException(new DeltaFailure.OutOfOrder(alpha.keyUuid(), delta.seq(), latest));
        keys.store().save(delta);
        return result(true, delta);
    }

    private static Result result(boolean imported, KeyIteration d) {
        return new Result(imported, d.keyUuid(), d.iterationUuid(), d.seq(), d.firstPosition(), d.lastPosition());
    }
}
