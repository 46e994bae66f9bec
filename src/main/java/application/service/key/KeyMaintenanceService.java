package application.service.key;

import application.port.in.KeyMaintenanceUseCase;
import application.port.in.OmegaSafeException;
import application.port.out.ClaimCacheStore;
import application.port.out.Configuration;
import domain.ecs.DeltaRecord;
import application.port.out.EcsException;
import application.port.out.EcsSession;
import application.port.out.KeyStore;
import application.service.ecs.EcsResolver;
import domain.claim.ClaimCacheEntry;
import domain.key.KeyIteration;
import domain.position.PositionRange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** fast-forward-claim and delete-key (failure-isolated local cleanup). */
public final class KeyMaintenanceService implements KeyMaintenanceUseCase {
    private static final Logger LOG = Logger.getLogger(KeyMaintenanceService.class.getName());

    private final Configuration configuration;
    private final KeyStore keys;
    private final ClaimCacheStore cache;
    private final EcsResolver ecs;

    public KeyMaintenanceService(Configuration configuration, KeyStore keys, ClaimCacheStore cache, EcsResolver ecs) {
        this.configuration = configuration;
        this.keys = keys;
        this.cache = cache;
        this.ecs = ecs;
    }

    private record Context(KeyIteration delta, EcsSession session, UUID ecsUuid) { }

    private Context context(UUID keyUuid) {
        configuration.load();
        LocalKeys local = new LocalKeys(keys);
        local.requireAlpha(keyUuid);
        KeyIteration delta = local.latestDelta(keyUuid).orElseThrow(() -> new OmegaSafeException(
                "key " + keyUuid + " has no Delta on this device", "run 'omegasafe pull-missing-deltas --key-uuid " + keyUuid + "'"));
        UUID ecsUuid = cache.forKey(keyUuid).stream().map(ClaimCacheEntry::ecsUuid).findFirst().orElseThrow(() ->
                new OmegaSafeException("key " + keyUuid + " is not linked to any ECS on this device", LocalKeys.importKeyHint(keyUuid)));
        EcsSession session = ecs.connect(ecs.require(ecsUuid));
        List<DeltaRecord> remote = session.deltas().list(keyUuid);
        DeltaSync.requireNoConflict(keyUuid, keys.iterations(keyUuid), remote);
        Optional<DeltaRecord> newest = remote.stream().max(Comparator.comparingInt(DeltaRecord::seq));
        if (newest.isPresent() && newest.get().seq() > delta.seq()) {
            throw new OmegaSafeException("the ECS has a newer Delta (seq " + newest.get().seq() + ") than this device (seq "
                    + delta.seq() + "); nothing was changed", "run 'omegasafe pull-missing-deltas --key-uuid " + keyUuid + "' first");
        }
        return new Context(delta, session, ecsUuid);
    }

    @Override
    public FastForward preview(UUID keyUuid, long claimSize) {
        Context c = context(keyUuid);
        long latest = c.session().claims().latestClaimed(keyUuid, c.delta().seq());
        long remaining = c.delta().lastPosition() - latest;
        return new FastForward(keyUuid, c.delta().iterationUuid(), c.delta().seq(), latest, latest + claimSize, remaining,
                remaining - claimSize);
    }

    @Override
    public FastForward fastForward(UUID keyUuid, long claimSize) {
        if (claimSize < 1) throw new IllegalArgumentException("--claim-size must be at least 1");
        Context c = context(keyUuid);
        KeyIteration d = c.delta();
        long before = c.session().claims().latestClaimed(keyUuid, d.seq());
        long remaining = d.lastPosition() - before;
        if (claimSize > remaining) {
            throw new OmegaSafeException("Delta " + d.seq() + " has " + remaining + " positions left, " + claimSize + " requested",
                    "pass a --claim-size of at most " + remaining);
        }
        PositionRange range = c.session().claims().claim(keyUuid, d.seq(), claimSize);
        cache.update(d.iterationUuid(), current -> new ClaimCacheStore.Update<>(Optional.of(current.orElseGet(() ->
                ClaimCacheEntry.fresh(keyUuid, d.iterationUuid(), d.seq(), c.ecsUuid(), d.firstPosition())).withFloor(range.end())), null));
        return new FastForward(keyUuid, d.iterationUuid(), d.seq(), before, range.end(), remaining, d.lastPosition() - range.end());
    }

    @Override
    public Deleted delete(UUID keyUuid) {
        configuration.load();
        new LocalKeys(keys).requireAlpha(keyUuid);
        String outcome;
        Optional<UUID> ecsUuid = cache.forKey(keyUuid).stream().map(ClaimCacheEntry::ecsUuid).findFirst();
        try {
            if (ecsUuid.isEmpty() || ecs.find(ecsUuid.get()).isEmpty()) {
                outcome = "no ECS linked on this device";
            } else {
                outcome = ecs.connect(ecs.require(ecsUuid.get())).keys().delete(keyUuid)
                        ? "deleted from the ECS with its Delta files" : "not registered in the ECS";
            }
        } catch (EcsException e) {
            outcome = "ECS delete failed (" + e.getMessage() + ")";
            LOG.warning("Key " + keyUuid + ": " + outcome + "; removing it locally anyway");
        }
        boolean removed = keys.deleteKey(keyUuid);
        cache.deleteKey(keyUuid);
        return new Deleted(keyUuid, outcome, removed);
    }
}
