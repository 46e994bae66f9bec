package application.service.key;

import application.port.in.DeleteKeyUseCase;
import application.port.out.ClaimCacheStore;
import application.port.out.Configuration;
import application.port.out.EcsEntry;
import application.port.out.EcsException;
import application.service.shared.EcsResolver;
import application.service.shared.LocalKeys;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * delete-key: failure-isolated (reference): the ECS delete (key, claims, Delta files) is attempted when an ECS is
 * linked and reachable; the local key and cache entries are removed whatever the ECS answered.
 */
public final class DeleteKeyService implements DeleteKeyUseCase {
    private static final Logger LOG = Logger.getLogger(DeleteKeyService.class.getName());
    private final Configuration configuration;
    private final LocalKeys keys;
    private final ClaimCacheStore cache;
    private final EcsResolver ecs;

    public DeleteKeyService(Configuration configuration, LocalKeys keys, ClaimCacheStore cache, EcsResolver ecs) {
        this.configuration = configuration;
        this.keys = keys;
        this.cache = cache;
        this.ecs = ecs;
    }

    @Override
    public Result delete(Request request) {
        configuration.load();
        keys.requireAlpha(request.keyUuid());
        EcsOutcome outcome;
        String detail = null;
        Optional<EcsEntry> entry = ecs.entryOf(request.keyUuid());
        if (request.localOnly()) {
            outcome = EcsOutcome.LEFT_UNTOUCHED;
        } else if (entry.isEmpty()) {
            outcome = EcsOutcome.NO_ECS_LINKED;
        } else {
            try {
                outcome = ecs.connect(entry.get()).keys().delete(request.keyUuid()) ? EcsOutcome.DELETED : EcsOutcome.NOT_REGISTERED;
            } catch (EcsException e) {
                outcome = EcsOutcome.FAILED;
                detail = e.getMessage();
                LOG.warning("Key " + request.keyUuid() + ": the ECS delete failed (" + e.getMessage() + "); removing it locally anyway");
            }
        }
        boolean removed = keys.store().deleteKey(request.keyUuid());
        cache.deleteKey(request.keyUuid());
        return new Result(request.keyUuid(), outcome, detail, removed);
    }
}
