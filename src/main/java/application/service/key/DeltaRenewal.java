package application.service.key;

import application.port.in.OmegaSafeException;
import application.port.out.ClaimCacheStore;
import application.port.out.DeltaConflictException;
import application.port.out.EcsSession;
import application.port.out.KeyStore;
import application.port.out.Settings;
import domain.key.KeyIteration;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Key renewal: a new Delta (latest seq + 1) is generated, encrypted with claimed Alpha positions and
 * published to the ECS before it is committed locally; when the ECS already has a Delta for that sequence
 * (D6) the renewal is rolled back (transient local artifacts removed) and fails with recovery guidance.
 */
public final class DeltaRenewal {
    private static final Logger LOG = Logger.getLogger(DeltaRenewal.class.getName());

    private final KeyStore keys;
    private final ClaimCacheStore cache;
    private final KeyGeneration generation;
    private final Publish publisher;

    /** Encrypts and publishes a Delta to the ECS ({@link DeltaPublisher#publish}). */
    @FunctionalInterface
    public interface Publish {
        void publish(EcsSession session, Settings settings, KeyIteration alpha, KeyIteration delta) throws IOException;
    }

    public DeltaRenewal(KeyStore keys, ClaimCacheStore cache, KeyGeneration generation, Publish publisher) {
        this.keys = keys;
        this.cache = cache;
        this.generation = generation;
        this.publisher = publisher;
    }

    /** Generates, publishes and saves the Delta after {@code latest}. */
    public KeyIteration renew(EcsSession session, Settings settings, KeyIteration alpha, KeyIteration latest) {
        KeyIteration next = generation.generate(alpha.keyUuid(), alpha.keyName(), alpha.omegasafeVersion(), alpha.shape(),
                new int[] {latest.seq() + 1}, Runtime.getRuntime().availableProcessors()).getFirst();
        try {
            publisher.publish(session, settings, alpha, next);
        } catch (DeltaConflictException e) {
            rollback(next);
            throw new OmegaSafeException("key renewal conflicted with the ECS: " + e.getMessage(),
                    "another device renewed this key at the same time; run the command again to use its Delta");
        } catch (IOException e) {
            rollback(next);
            throw new OmegaSafeException("key renewal failed: " + e.getMessage(), null, e);
        }
        keys.save(next);
        LOG.info("Key " + alpha.keyUuid() + " renewed: Delta " + next.seq() + " (" + next.iterationUuid() + ")");
        return next;
    }

    /** Removes whatever the failed renewal left locally for the new iteration UUID (best effort). */
    private void rollback(KeyIteration transientDelta) {
        try {
            keys.deleteIteration(transientDelta.keyUuid(), transientDelta.iterationUuid());
            cache.update(transientDelta.iterationUuid(), e -> new ClaimCacheStore.Update<>(java.util.Optional.empty(), null));
        } catch (RuntimeException e) {
            LOG.warning("could not clean up the failed renewal " + transientDelta.iterationUuid() + ": " + e.getMessage());
        }
    }

    /** The iterations now local, for callers that need the newest. */
    public List<KeyIteration> iterations(java.util.UUID keyUuid) {
        return keys.iterations(keyUuid);
    }
}
