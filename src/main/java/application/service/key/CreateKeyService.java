package application.service.key;

import application.port.in.CreateKeyUseCase;
import application.port.in.OmegaSafeException;
import application.port.out.Configuration;
import application.port.out.EcsEntry;
import application.port.out.EcsException;
import application.port.out.EcsSession;
import application.port.out.KeyStore;
import domain.ecs.RegisteredKey;
import application.port.out.Settings;
import application.service.claim.PositionSourceFactory;
import application.service.ecs.EcsResolver;
import application.service.file.FileEncryptor;
import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.position.PositionRange;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates a key: generate Alpha and the first Delta, save Alpha locally, register the key in the ECS,
 * encrypt the Delta with claimed Alpha positions and publish it, then save the Delta locally. A failed
 * stage undoes what the earlier stages created (best effort, each step logged).
 */
public final class CreateKeyService implements CreateKeyUseCase {
    private static final Logger LOG = Logger.getLogger(CreateKeyService.class.getName());

    private final Configuration configuration;
    private final KeyStore keyStore;
    private final EcsResolver ecs;
    private final PositionSourceFactory positions;
    private final FileEncryptor encryptor;
    private final KeyGeneration generation;
    private final String version;

    private final application.port.out.ClaimCacheStore cache;

    public CreateKeyService(Configuration configuration, KeyStore keyStore, application.port.out.ClaimCacheStore cache,
                            EcsResolver ecs, PositionSourceFactory positions, FileEncryptor encryptor,
                            KeyGeneration generation, String version) {
        this.cache = cache;
        this.configuration = configuration;
        this.keyStore = keyStore;
        this.ecs = ecs;
        this.positions = positions;
        this.encryptor = encryptor;
        this.generation = generation;
        this.version = version;
    }

    @Override
    public Result create(Request request) {
        Settings settings = configuration.load();
        EcsEntry entry = ecs.choose(request.ecsUuid(), settings.ecsUuidDefault());
        EcsSession session = ecs.connect(entry);
        KeyShape shape = request.size().shape();
        UUID keyUuid = UUID.randomUUID();
        List<KeyIteration> generated = generation.generate(keyUuid, request.keyName(), version, shape,
                new int[] {0, 1}, request.maxWorkers());
        KeyIteration alpha = generated.get(0);
        KeyIteration delta = generated.get(1);

        keyStore.save(alpha);
        boolean registered = false;
        try {
            session.keys().register(new RegisteredKey(keyUuid, request.keyName(), shape, alpha.iterationUuid(), version));
            registered = true;
            PositionRange alphaRange = publishDelta(session, settings, entry, alpha, delta);
            keyStore.save(delta);
            return new Result(keyUuid, request.keyName(), entry.uuid(), entry.name(), request.size(),
                    alpha.iterationUuid(), delta.iterationUuid(), delta.seq(), alphaRange, delta.positions());
        } catch (RuntimeException | IOException e) {
            rollback(session, keyUuid, registered);
            if (e instanceof RuntimeException r && (r instanceof OmegaSafeException || r instanceof EcsException)) {
                throw r;
            }
            throw new OmegaSafeException("key creation failed: " + e.getMessage(), null, e);
        }
    }

    private PositionRange publishDelta(EcsSession session, Settings settings, EcsEntry entry, KeyIteration alpha,
                                       KeyIteration delta) throws IOException {
        return new DeltaPublisher(positions, encryptor).publish(session, settings, alpha, delta);
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
