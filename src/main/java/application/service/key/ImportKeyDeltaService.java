package application.service.key;

import application.port.in.ImportKeyDeltaUseCase;
import application.port.in.OmegaSafeException;
import application.port.out.ClaimCacheStore;
import application.port.out.Configuration;
import application.port.out.EncryptedFileFormat;
import application.port.out.KeyStore;
import application.port.out.Settings;
import application.service.file.FileDecryptor;
import domain.claim.ClaimCacheEntry;
import domain.key.KeyIteration;
import domain.key.KeyIterationCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * import-key-delta: decrypt the Delta with the local Alpha, validate it (key, seq &gt; 0, shape), skip it
 * when the same iteration is present, refuse a different iteration for a present sequence, and require
 * the next sequence ({@code latest + 1}) otherwise. Requires local Alpha and a cache-resolved ECS link.
 */
public final class ImportKeyDeltaService implements ImportKeyDeltaUseCase {
    private final Configuration configuration;
    private final KeyStore keys;
    private final ClaimCacheStore cache;
    private final EncryptedFileFormat format;

    public ImportKeyDeltaService(Configuration configuration, KeyStore keys, ClaimCacheStore cache, EncryptedFileFormat format) {
        this.configuration = configuration;
        this.keys = keys;
        this.cache = cache;
        this.format = format;
    }

    @Override
    public Result importDelta(Path input) {
        Settings settings = configuration.load();
        KeyIteration delta;
        KeyIteration alpha;
        try (EncryptedFileFormat.Opened opened = format.open(input, settings.traditionalLayerPassword())) {
            java.util.UUID keyUuid = opened.metadata().keyUuid();
            alpha = new LocalKeys(keys).requireAlpha(keyUuid);
            if (cache.forKey(keyUuid).stream().map(ClaimCacheEntry::ecsUuid).findFirst().isEmpty()) {
                throw new OmegaSafeException("key " + keyUuid + " has no ECS link on this device",
                        "import-key-delta needs a key that an ECS-backed command (import-key, encrypt) used here before");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new FileDecryptor(opened, alpha).finish(bytes);
            try {
                delta = KeyIterationCodec.decode(bytes.toByteArray());
            } catch (IllegalArgumentException e) {
                throw new OmegaSafeException("the decrypted payload is not a key iteration: " + e.getMessage(), null);
            }
        } catch (IOException e) {
            throw new OmegaSafeException("cannot read " + input + ": " + e.getMessage(), "check the path given to --input-file");
        }
        if (!delta.keyUuid().equals(alpha.keyUuid()) || delta.seq() < 1 || !delta.shape().equals(alpha.shape())) {
            throw new OmegaSafeException("the file is not a Delta of key " + alpha.keyUuid(),
                    "import a Delta file of this key (its sequence number is 1 or more)");
        }
        List<KeyIteration> local = keys.iterations(alpha.keyUuid());
        if (local.stream().anyMatch(i -> i.iterationUuid().equals(delta.iterationUuid()))) {
            return result(false, delta);
        }
        Optional<KeyIteration> sameSeq = local.stream().filter(i -> i.seq() == delta.seq()).findFirst();
        if (sameSeq.isPresent()) {
            throw new OmegaSafeException("this device already has a different Delta (" + sameSeq.get().iterationUuid()
                    + ") for sequence " + delta.seq(), "do not import Deltas that the ECS did not issue; run pull-missing-deltas "
                    + "when the ECS is reachable");
        }
        int latest = local.stream().mapToInt(KeyIteration::seq).max().orElse(0);
        if (delta.seq() != latest + 1) {
            throw new OmegaSafeException("Delta sequence " + delta.seq() + " does not follow the latest local sequence " + latest,
                    "import the Deltas in order, starting with sequence " + (latest + 1));
        }
        keys.save(delta);
        return result(true, delta);
    }

    private static Result result(boolean imported, KeyIteration d) {
        return new Result(imported, d.keyUuid(), d.iterationUuid(), d.seq(), d.firstPosition(), d.lastPosition());
    }
}
