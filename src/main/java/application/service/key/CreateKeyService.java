package application.service.key;

import application.port.in.CreateKeyUseCase;
import application.port.in.failure.EcsFailure;
import application.port.in.failure.FailureException;
import application.port.out.ClaimCacheStore;
import application.port.out.Configuration;
import application.port.out.EcsEntry;
import application.port.out.EcsSession;
import application.port.out.EcsType;
import application.port.out.FailPoints;
import application.port.out.KeyStore;
import application.port.out.Settings;
import application.port.out.Storage;
import application.service.delta.DeltaPublisher;
import application.service.shared.EcsResolver;
import application.service.shared.KeyGeneration;
import domain.claim.ClaimCacheEntry;
import domain.ecs.RegisteredKey;
import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.position.PositionRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * create-key, in an order every interruption of which leaves either nothing or a state the next command
 * completes: generate Alpha and first Delta; record the key's ECS link (invisible without an Alpha); save the
 * Alpha; register the key; encrypt
 * the Delta with claimed Alpha positions and publish it; save the Delta locally. (A key with a local Alpha but no
 * registration or no Delta anywhere is completed by the next encrypt, see
 * {@link application.service.delta.LatestDeltaPositions}; a published Delta not saved here is pulled.) A stage
 * that fails with an error, rather than an interruption, undoes what the earlier stages made (best effort).
 */
public final class CreateKeyService implements CreateKeyUseCase {
    private static final Logger LOG = Logger.getLogger(CreateKeyService.class.getName());
    private final Configuration configuration;
    private final KeyStore keyStore;
    private final ClaimCacheStore cache;
    private final EcsResolver ecs;
    private final DeltaPublisher publisher;
    private final KeyGeneration generation;
    private final String version;
    private final FailPoints failPoints;

    public CreateKeyService(Configuration configuration, KeyStore keyStore, ClaimCacheStore cache, EcsResolver ecs,
                            DeltaPublisher publisher, KeyGeneration generation, String version, FailPoints failPoints) {
        this.failPoints = failPoints;
        this.configuration = configuration;
        this.keyStore = keyStore;
        this.cache = cache;
        this.ecs = ecs;
        this.publisher = publisher;
        this.generation = generation;
        this.version = version;
    }

    @Override
    public Result create(Request request) {
        Settings settings = configuration.load();
        EcsEntry entry = ecs.choose(request.ecsUuid(), settings.ecsUuidDefault());
        if (entry.type() == EcsType.SFC && request.storageUuid().isPresent()) {
            throw new FailureException(new EcsFailure.WrongType(entry.uuid(), entry.name(), entry.type().name(), "storage selection"));
        }
        EcsSession session = ecs.connect(entry);
        Optional<UUID> storage = request.storageUuid();
        if (entry.type() == EcsType.HTTP && storage.isEmpty()) {
            // reference order: --storage-uuid, else the only storage the ECS offers, else a choice
            List<Storage> storages = session.storages().list();
            if (storages.size() > 1) throw new FailureException(new EcsFailure.StorageChoiceNeeded(entry.uuid(), entry.name(), storages.size()));
            if (storages.size() == 1) storage = Optional.of(storages.getFirst().storageUuid());
        }
        Optional<UUID> chosenStorage = storage;
        KeyShape shape = request.size().shape();
        UUID keyUuid = UUID.randomUUID();
        List<KeyIteration> generated = generation.generate(keyUuid, request.keyName(), version, shape, new int[] {0, 1},
                request.maxWorkers());
        KeyIteration alpha = generated.get(0);
        KeyIteration delta = generated.get(1);
        boolean registered = false;
        try {
            cache.update(alpha.iterationUuid(), current -> ClaimCacheStore.Update.store(current.orElseGet(() ->
                    ClaimCacheEntry.fresh(keyUuid, alpha.iterationUuid(), 0, entry.uuid(), alpha.firstPosition())), null));
            failPoints.reached("create-key:linked");
            keyStore.save(alpha);
            failPoints.reached("create-key:alpha-saved");
            session.keys().register(new RegisteredKey(keyUuid, request.keyName(), shape, alpha.iterationUuid(), version),
                    chosenStorage);
            registered = true;
            failPoints.reached("create-key:registered");
            PositionRange alphaRange = publisher.publish(session, settings, alpha, delta);
            failPoints.reached("create-key:delta-published");
            keyStore.save(delta);
            return new Result(keyUuid, request.keyName(), entry.uuid(), entry.name(), request.size(), alpha.iterationUuid(),
                    delta.iterationUuid(), delta.seq(), alphaRange, delta.positions());
        } catch (IOException e) {
            rollback(session, keyUuid, registered);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            rollback(session, keyUuid, registered);
            throw e;
        }
    }

    private void rollback(EcsSession session, UUID keyUuid, boolean registered) {
        if (registered) {
            try {
                session.keys().delete(keyUuid);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not remove the registration of key {0} from the ECS: {1}",
                        new Object[] {keyUuid, e.getMessage()});
            }
        }
        try {
            keyStore.deleteKey(keyUuid);
            cache.deleteKey(keyUuid);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove the local key {0}: {1}", new Object[] {keyUuid, e.getMessage()});
        }
    }
}
