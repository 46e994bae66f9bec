package application.service.key;

import application.service.delta.DeltaSync;
import application.service.shared.LocalKeys;
import application.port.in.KeySummary;
import application.port.in.ViewKeyUseCase;
import application.port.out.ClaimCacheStore;
import domain.ecs.DeltaRecord;
import application.port.out.EcsEntry;
import application.port.out.EcsException;
import application.port.out.EcsSession;
import domain.ecs.RegisteredKey;
import application.service.shared.EcsResolver;
import domain.claim.CacheReason;
import domain.claim.ClaimCacheEntry;
import domain.key.KeyIteration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * {@code view-key}: local sections always; ECS sections when the ECS answers (partial output with a
 * warning otherwise); fails fast when local and ECS disagree on the UUID of a Delta sequence.
 */
public final class ViewKeyService implements ViewKeyUseCase {
    private static final Logger LOG = Logger.getLogger(ViewKeyService.class.getName());

    private final LocalKeys keys;
    private final ClaimCacheStore cache;
    private final EcsResolver ecs;
    private final ListKeysService summaries;

    public ViewKeyService(LocalKeys keys, ClaimCacheStore cache, EcsResolver ecs, ListKeysService summaries) {
        this.keys = keys;
        this.cache = cache;
        this.ecs = ecs;
        this.summaries = summaries;
    }

    @Override
    public Result view(Request request) {
        UUID keyUuid = request.keyUuid();
        KeyIteration alpha = keys.requireAlpha(keyUuid);
        List<KeyIteration> its = keys.iterations(keyUuid);
        KeyIteration latest = its.getLast();
        Optional<KeyIteration> latestDelta = keys.latestDelta(keyUuid);
        long c = alpha.shape().iterationCapacity();
        LocalKeyData local = new LocalKeyData(alpha.keyName(), keyUuid, alpha.omegasafeVersion(), c, alpha.firstPosition(),
                alpha.lastPosition(), alpha.iterationUuid(), alpha.seq(), latest.iterationUuid(), latest.seq(),
                latestDelta.map(KeyIteration::iterationUuid).orElse(null), latestDelta.map(KeyIteration::seq).orElse(null),
                its.size());

        List<ClaimCacheEntry> entries = cache.forKey(keyUuid);
        LocalCacheData cacheData = entries.stream().filter(e -> e.iterationUuid().equals(latest.iterationUuid())).findFirst()
                .or(() -> entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast()))
                .map(ViewKeyService::cacheData).orElse(null);

        // The summary asks the ECS first; when it found the ECS unavailable (and said so), the details are not asked for
        // again, so the partial-result warning is given once.
        KeySummary summary = summaries.summarise(keyUuid);
        application.port.out.EcsKeyInfo ecsData = null;
        List<DeltaData> deltas = new ArrayList<>();
        Optional<EcsEntry> entry = ecs.entryOf(keyUuid);
        if (entry.isPresent() && "available".equals(summary.ecsStatus())) {
            try {
                EcsSession session = ecs.connect(entry.get());
                Optional<application.port.out.EcsKeyInfo> info = session.keys().describe(keyUuid);
                if (info.isPresent()) {
                    List<DeltaRecord> records = session.deltas().list(keyUuid);
                    DeltaSync.requireNoConflict(keyUuid, its, records, entry.get().uuid());
                    ecsData = info.get();
                    for (DeltaRecord d : records) {
                        deltas.add(new DeltaData(d.seq(), d.deltaUuid(), d.positions().start(), d.positions().end(),
                                session.claims().latestClaimed(keyUuid, d.seq())));
                    }
                } else {
                    LOG.warning("Key " + keyUuid + " missing data from ExternalClaimsStorage; result is partial.");
                }
            } catch (EcsException e) {
                LOG.warning("ExternalClaimsStorage " + entry.get().uuid() + " unavailable (" + e.getMessage()
                        + "); result is partial.");
            }
        }
        return new Result(summary, ecsData, local, cacheData, deltas);
    }

    private static LocalCacheData cacheData(ClaimCacheEntry e) {
        Map<String, Integer> byReason = new LinkedHashMap<>();
        e.countsByReason().forEach((r, n) -> byReason.put(r.wireName(), n));
        return new LocalCacheData(e.keyUuid(), e.iterationUuid(), e.ecsUuid(), e.claims().size(), byReason,
                capacity(e, CacheReason.PERFORMANCE), capacity(e, CacheReason.OFFLINE));
    }

    private static Capacity capacity(ClaimCacheEntry e, CacheReason r) {
        long total = e.total(r);
        return e.claims().stream().anyMatch(c -> c.reason() == r) ? new Capacity(e.remaining(r), total) : null;
    }
}
