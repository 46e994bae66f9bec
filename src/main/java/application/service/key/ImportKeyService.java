package application.service.key;

import application.port.in.ImportKeyUseCase;
import application.port.in.failure.FailureException;
import application.port.in.failure.KeyFailure;
import application.port.in.failure.PathFailure.Role;
import application.port.in.failure.TransferFailure;
import application.port.out.ClaimCacheStore;
import application.port.out.Configuration;
import application.port.out.EcsEntry;
import application.port.out.EcsSession;
import application.port.out.KeyExportFormat;
import application.port.out.Settings;
import application.service.delta.DeltaSync;
import application.service.delta.LatestDeltaPositions;
import application.service.shared.EcsResolver;
import application.service.shared.IoFailures;
import application.service.shared.LocalKeys;
import domain.claim.ClaimCacheEntry;
import domain.ecs.RegisteredKey;
import domain.format.FileMetadata;
import domain.key.AlphaFingerprint;
import domain.key.KeyIteration;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * import-key: read the exported Alpha, check it against the key's registration in the chosen ECS, save it
 * with its ECS link, pull every Delta (D5) and make the small claim a first encryption would make (E8).
 */
public final class ImportKeyService implements ImportKeyUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final ClaimCacheStore cache;
    private final EcsResolver ecs;
    private final DeltaSync deltas;
    private final LatestDeltaPositions positions;
    private final KeyExportFormat exports;

    public ImportKeyService(Configuration configuration, LocalKeys keys, ClaimCacheStore cache, EcsResolver ecs,
                            DeltaSync deltas, LatestDeltaPositions positions, KeyExportFormat exports) {
        this.configuration = configuration;
        this.keys = keys;
        this.cache = cache;
        this.ecs = ecs;
        this.deltas = deltas;
        this.positions = positions;
        this.exports = exports;
    }

    @Override
    public Result importKey(Request request) {
        Settings settings = configuration.load();
        EcsEntry entry = ecs.require(request.ecsUuid());
        KeyIteration alpha = read(request);
        if (!alpha.isAlpha()) throw new FailureException(new KeyFailure.NotAnAlpha(alpha.keyUuid(), alpha.seq()));
        UUID keyUuid = alpha.keyUuid();
        Optional<UUID> linked = ecs.ecsOf(keyUuid);
        if (linked.isPresent() && !linked.get().equals(entry.uuid())) {
            throw new FailureException(new KeyFailure.LinkedToOtherEcs(keyUuid, linked.get(), entry.uuid()));
        }
        EcsSession session = ecs.connect(entry);
        RegisteredKey reg = session.keys().find(keyUuid)
                .orElseThrow(() -> new FailureException(new KeyFailure.NotRegisteredInEcs(keyUuid, entry.uuid(), entry.name())));
        if (!reg.alphaIterationUuid().equals(alpha.iterationUuid()) || !reg.shape().equals(alpha.shape())) {
            throw new FailureException(new KeyFailure.AlphaMismatch(keyUuid));
        }
        Optional<KeyIteration> existing = keys.find(keyUuid, 0);
        if (existing.isPresent() && !existing.get().iterationUuid().equals(alpha.iterationUuid())) {
            throw new FailureException(new KeyFailure.DifferentAlphaPresent(keyUuid));
        }
        keys.store().save(alpha);
        cache.update(alpha.iterationUuid(), current -> new ClaimCacheStore.Update<>(Optional.of(current.orElseGet(() ->
                ClaimCacheEntry.fresh(keyUuid, alpha.iterationUuid(), 0, entry.uuid(), alpha.firstPosition()))), null));
        List<Integer> pulled = deltas.pull(keyUuid, session, Integer.MAX_VALUE, settings.traditionalLayerPassword()).stream()
                .filter(DeltaSync.Pulled::imported).map(p -> p.delta().seq()).toList();
        Map<String, Integer> claims = new LinkedHashMap<>();
        var taken = positions.take(keyUuid, FileMetadata.FILE_METADATA_SIZE, settings);
        if (taken instanceof LatestDeltaPositions.Result.Refused r) throw new FailureException(r.failure());
        var delta = ((LatestDeltaPositions.Result.Taken) taken).delta();
        cache.find(delta.iterationUuid()).ifPresent(e -> e.countsByReason().forEach((reason, n) -> claims.put(reason.wireName(), n)));
        return new Result(keyUuid, alpha.iterationUuid(), alpha.keyName(), entry.uuid(), entry.name(), pulled, claims,
                AlphaFingerprint.of(alpha));
    }

    private KeyIteration read(Request request) {
        IoFailures.requireReadableFile(Role.INPUT_FILE, request.input());
        try {
            return exports.read(request.input(), request.passphrase());
        } catch (KeyExportFormat.PassphraseException e) {
            throw new FailureException(e.missing() ? new TransferFailure.PassphraseMissing(request.input())
                    : new TransferFailure.PassphraseWrong(request.input()), e);
        } catch (IOException e) {
            throw IoFailures.reading(Role.INPUT_FILE, request.input(), e);
        }
    }
}
