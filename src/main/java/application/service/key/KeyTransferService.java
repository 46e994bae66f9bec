package application.service.key;

import application.port.in.KeyTransferUseCase;
import application.port.in.OmegaSafeException;
import application.port.out.ClaimCacheStore;
import application.port.out.Configuration;
import domain.ecs.DeltaRecord;
import application.port.out.EcsEntry;
import application.port.out.EcsSession;
import application.port.out.KeyExportFormat;
import application.port.out.KeyStore;
import domain.ecs.RegisteredKey;
import application.port.out.Settings;
import application.service.claim.ClaimTarget;
import application.service.claim.PositionSourceFactory;
import application.service.ecs.EcsResolver;
import domain.claim.ClaimCacheEntry;
import domain.format.FileMetadata;
import domain.key.KeyIteration;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** export-key, import-key and pull-missing-deltas. */
public final class KeyTransferService implements KeyTransferUseCase {
    private final Configuration configuration;
    private final KeyStore keys;
    private final ClaimCacheStore cache;
    private final EcsResolver ecs;
    private final DeltaSync deltas;
    private final KeyExportFormat exports;
    private final PositionSourceFactory positions;

    public KeyTransferService(Configuration configuration, KeyStore keys, ClaimCacheStore cache, EcsResolver ecs,
                              DeltaSync deltas, KeyExportFormat exports, PositionSourceFactory positions) {
        this.configuration = configuration;
        this.keys = keys;
        this.cache = cache;
        this.ecs = ecs;
        this.deltas = deltas;
        this.exports = exports;
        this.positions = positions;
    }

    @Override
    public Exported export(UUID keyUuid, Path output, Optional<String> passphrase) {
        configuration.load();
        KeyIteration alpha = new LocalKeys(keys).requireAlpha(keyUuid);
        try {
            exports.write(output, alpha, passphrase);
        } catch (FileAlreadyExistsException e) {
            throw new OmegaSafeException("output file already exists: " + output, "choose another --output-path");
        } catch (IOException e) {
            throw new OmegaSafeException("cannot write " + output + ": " + e.getMessage(), "check the directory exists and is writable");
        }
        return new Exported(output, keyUuid, alpha.iterationUuid(), alpha.keyName(), fingerprint(alpha), passphrase.isPresent());
    }

    @Override
    public Exported exportForRecipient(UUID keyUuid, Path output, String recipientKey) {
        configuration.load();
        KeyIteration alpha = new LocalKeys(keys).requireAlpha(keyUuid);
        try {
            exports.writeForRecipient(output, alpha, recipientKey);
        } catch (FileAlreadyExistsException e) {
            throw new OmegaSafeException("output file already exists: " + output, "choose another --output-path");
        } catch (IOException e) {
            throw new OmegaSafeException("cannot write " + output + ": " + e.getMessage(), "check the directory exists and is writable");
        }
        return new Exported(output, keyUuid, alpha.iterationUuid(), alpha.keyName(), fingerprint(alpha), true);
    }

    @Override
    public String[] recipientKey() {
        configuration.load();
        try {
            return exports.recipientKey();
        } catch (IOException e) {
            throw new OmegaSafeException("cannot create the recipient key: " + e.getMessage(), null);
        }
    }

    @Override
    public Imported importKey(Path input, UUID ecsUuid, Optional<String> passphrase) {
        Settings settings = configuration.load();
        EcsEntry entry = ecs.require(ecsUuid);
        KeyIteration alpha;
        try {
            alpha = exports.read(input, passphrase);
        } catch (KeyExportFormat.PassphraseException e) {
            throw new OmegaSafeException(e.getMessage(), "set OMEGASAFE_EXPORT_PASSPHRASE to the passphrase chosen at export, "
                    + "or import on the device whose recipient key the export was made for");
        } catch (IOException e) {
            throw new OmegaSafeException("cannot read " + input + ": " + e.getMessage(), "check the path given to --input-file");
        }
        if (!alpha.isAlpha()) {
            throw new OmegaSafeException("the file holds iteration " + alpha.seq() + ", not an Alpha", "export the Alpha with export-key");
        }
        EcsSession session = ecs.connect(entry);
        RegisteredKey reg = session.keys().find(alpha.keyUuid()).orElseThrow(() -> new OmegaSafeException(
                "key " + alpha.keyUuid() + " is not registered in ECS " + entry.name(),
                "import it with the --ecs-uuid of the ECS where the key was created (see 'omegasafe list-ecs')"));
        if (!reg.alphaIterationUuid().equals(alpha.iterationUuid()) || reg.iterationCapacity() != alpha.shape().iterationCapacity()) {
            throw new OmegaSafeException("the Alpha in " + input + " does not match key " + alpha.keyUuid() + " in the ECS",
                    "export the Alpha again on the device that created the key");
        }
        Optional<KeyIteration> existing = keys.find(alpha.keyUuid(), 0);
        if (existing.isPresent() && !existing.get().iterationUuid().equals(alpha.iterationUuid())) {
            throw new OmegaSafeException("a different Alpha of key " + alpha.keyUuid() + " is already on this device", null);
        }
        keys.save(alpha);
        cache.update(alpha.iterationUuid(), current -> new ClaimCacheStore.Update<>(Optional.of(current.orElseGet(() ->
                ClaimCacheEntry.fresh(alpha.keyUuid(), alpha.iterationUuid(), 0, ecsUuid, alpha.firstPosition()))), null));
        List<DeltaRecord> pulled = deltas.pull(alpha.keyUuid(), session, Integer.MAX_VALUE, settings.traditionalLayerPassword());
        Map<String, Integer> claims = new LinkedHashMap<>();
        Optional<KeyIteration> latest = new LocalKeys(keys).latestDelta(alpha.keyUuid());
        if (latest.isPresent()) {
            // E8: a small synthetic claim, as a first encryption would make, initialises the claim cache
            KeyIteration d = latest.get();
            positions.create(session.claims(), settings).take(new ClaimTarget(d.keyUuid(), d.iterationUuid(), d.seq(),
                    d.shape().iterationCapacity(), ecsUuid), FileMetadata.FILE_METADATA_SIZE);
            cache.find(d.iterationUuid()).ifPresent(e -> e.countsByReason().forEach((r, n) -> claims.put(r.wireName(), n)));
        }
        return new Imported(alpha.keyUuid(), alpha.iterationUuid(), alpha.keyName(), ecsUuid, entry.name(),
                pulled.stream().map(DeltaRecord::seq).toList(), claims, fingerprint(alpha));
    }

    /**
     * A short fingerprint of the Alpha for out-of-band comparison: the first 8 bytes of the SHA-256 of its
     * binary form, as four groups of hex. It identifies the key material without revealing it.
     */
    static String fingerprint(KeyIteration alpha) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(domain.key.KeyIterationCodec.encode(alpha));
            String hex = java.util.HexFormat.of().formatHex(d, 0, 8);
            return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Pulled pullMissing(UUID keyUuid) {
        Settings settings = configuration.load();
        new LocalKeys(keys).requireAlpha(keyUuid);
        UUID ecsUuid = cache.forKey(keyUuid).stream().map(ClaimCacheEntry::ecsUuid).findFirst()
                .orElseThrow(() -> new OmegaSafeException("key " + keyUuid + " is not linked to any ECS on this device",
                        LocalKeys.importKeyHint(keyUuid)));
        EcsSession session = ecs.connect(ecs.require(ecsUuid));
        List<DeltaRecord> pulled = deltas.pull(keyUuid, session, Integer.MAX_VALUE, settings.traditionalLayerPassword());
        int remote = session.deltas().list(keyUuid).size();
        return new Pulled(keyUuid, pulled.stream().map(DeltaRecord::seq).toList(), remote - pulled.size());
    }
}
