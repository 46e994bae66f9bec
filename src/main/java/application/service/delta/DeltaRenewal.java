package application.service.delta;

import application.port.out.ClaimCacheStore;
import application.port.out.DeltaConflictException;
import application.port.out.EcsSession;
import application.port.out.FailPoints;
import application.port.out.KeyStore;
import application.port.out.Settings;
import application.service.shared.KeyGeneration;
import domain.key.KeyIteration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Key renewal: a new Delta (latest seq + 1) is generated, encrypted with claimed Alpha positions and published
 * to the ECS before it is committed locally; when the ECS already has a Delta for that sequence (D6) whatever
 * the renewal left locally is removed and the result says so. Also creates a key's first Delta when an
 * interrupted create-key left none anywhere ({@code latest} is then the Alpha).
 */
public final class DeltaRenewal {
    private static final Logger LOG = Logger.getLogger(DeltaRenewal.class.getName());
    private final KeyStore keys;
    private final ClaimCacheStore cache;
    private final KeyGeneration generation;
    private final Publish publisher;
    private final FailPoints failPoints;

    /** Encrypts and publishes a Delta to the ECS ({@link DeltaPublisher#publish}). */
    @FunctionalInterface
    public interface Publish {
        void publish(EcsSession session, Settings settings, KeyIteration alpha, KeyIteration delta) throws IOException;
    }

    /** How a renewal ended. */
    public sealed interface Result {
        /** The new Delta, published and saved locally. */
        record Renewed(KeyIteration delta) implements Result { }

        /** Another device published sequence {@code seq} first; nothing of this renewal remains. */
        record Conflicted(int seq) implements Result { }
    }

    public DeltaRenewal(KeyStore keys, ClaimCacheStore cache, KeyGeneration generation, Publish publisher) {
        this(keys, cache, generation, publisher, FailPoints.NONE);
    }

    public DeltaRenewal(KeyStore keys, ClaimCacheStore cache, KeyGeneration generation, Publish publisher, FailPoints failPoints) {
        this.failPoints = failPoints;
        this.keys = keys;
        this.cache = cache;
        this.generation = generation;
        this.publisher = publisher;
    }

    /** Generates, publishes and saves the Delta after {@code latest} (the latest Delta, or the Alpha when none exists). */
    public Result renew(EcsSession session, Settings settings, KeyIteration alpha, KeyIteration latest) {
        KeyIteration next = generation.generate(alpha.keyUuid(), alpha.keyName(), alpha.omegasafeVersion(), alpha.shape(),
                new int[] {latest.seq() + 1}, Runtime.getRuntime().availableProcessors()).getFirst();
        failPoints.reached("renewal:generated");
        try {
            publisher.publish(session, settings, alpha, next);
            failPoints.reached("renewal:published");
        } catch (DeltaConflictException e) {
            rollback(next);
            return new Result.Conflicted(next.seq());
        } catch (IOException e) {
            rollback(next);
            throw new UncheckedIOException(e);
        }
        keys.save(next);
        LOG.info("Key " + alpha.keyUuid() + " renewed: Delta " + next.seq() + " (" + next.iterationUuid() + ")");
        return new Result.Renewed(next);
    }

    /** Removes whatever the failed renewal left locally for the new iteration UUID (best effort). */
    private void rollback(KeyIteration transientDelta) {
        try {
            keys.deleteIteration(transientDelta.keyUuid(), transientDelta.iterationUuid());
            cache.update(transientDelta.iterationUuid(), e -> new ClaimCacheStore.Update<>(Optional.empty(), null));
        } catch (RuntimeException e) {
            LOG.warning("could not clean up the failed renewal " + transientDelta.iterationUuid() + ": " + e.getMessage());
        }
    }
}
