package application.service.key;

import application.service.delta.DeltaSync;
import application.service.shared.LocalKeys;
import domain.claim.ClaimCacheEntry;

import application.port.in.KeySummary;
import application.port.in.ListKeysUseCase;
import application.port.out.ClaimCacheStore;
import domain.ecs.DeltaRecord;
import application.port.out.EcsAuthenticationException;
import application.port.out.EcsEntry;
import application.port.out.EcsException;
import application.port.out.EcsSession;
import application.port.out.EcsUnavailableException;
import application.port.out.KeyStore;
import domain.ecs.RegisteredKey;
import application.service.shared.EcsResolver;
import domain.key.Capacity;
import domain.key.KeyIteration;
import domain.key.KeySize;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Lists keys with a local Alpha, merging local state with what the linked ECS reports; ECS failures give
 * partial rows (ECS-derived fields null) with the status class, never a failed listing.
 */
public final class ListKeysService implements ListKeysUseCase {
    private static final Logger LOG = Logger.getLogger(ListKeysService.class.getName());

    private final KeyStore keys;
    private final ClaimCacheStore cache;
    private final EcsResolver ecs;

    public ListKeysService(KeyStore keys, ClaimCacheStore cache, EcsResolver ecs) {
        this.keys = keys;
        this.cache = cache;
        this.ecs = ecs;
    }

    @Override
    public List<KeySummary> list() {
        List<KeySummary> result = new ArrayList<>();
        for (UUID keyUuid : keys.keysWithAlpha()) result.add(summarise(keyUuid));
        return result;
    }

    /** The summary of one key (also the {@code key_summary} of view-key). */
    public KeySummary summarise(UUID keyUuid) {
        List<KeyIteration> its = keys.iterations(keyUuid);
        KeyIteration alpha = its.get(0);
        Optional<KeyIteration> localDelta = its.stream().filter(i -> i.seq() > 0)
                .max(Comparator.comparingInt(KeyIteration::seq));
        Capacity capacity = Capacity.of(KeySize.ofShape(alpha.shape()));
        long c = capacity.iterationCapacity();
        Optional<UUID> ecsUuid = ecs.ecsOf(keyUuid);
        Optional<EcsEntry> entry = ecs.entryOf(keyUuid);
        String status = "not configured";
        String ecsName = entry.map(EcsEntry::name).orElse(null);
        String keyNameEcs = null;
        Long alphaLatest = null;
        List<DeltaRecord> deltas = null;
        Long latestDeltaClaimed = null;
        if (entry.isPresent()) {
            try {
                EcsSession session = ecs.connect(entry.get());
                Optional<RegisteredKey> reg = session.keys().find(keyUuid);
                if (reg.isPresent()) {
                    keyNameEcs = reg.get().keyName();
                    alphaLatest = session.claims().latestClaimed(keyUuid, 0);
                    deltas = session.deltas().list(keyUuid);
                    if (!deltas.isEmpty()) {
                        latestDeltaClaimed = session.claims().latestClaimed(keyUuid, deltas.getLast().seq());
                    }
                    status = "available";
                } else {
                    status = "unavailable";
                    LOG.warning("Key " + keyUuid + " missing data from ExternalClaimsStorage; result is partial.");
                }
            } catch (EcsAuthenticationException e) {
                status = "authentication error";
                LOG.warning("ExternalClaimsStorage " + entry.get().uuid() + " unavailable (" + e.getMessage() + "); result is partial.");
            } catch (EcsUnavailableException e) {
                status = "unreachable";
                LOG.warning("ExternalClaimsStorage " + entry.get().uuid() + " unavailable (" + e.getMessage() + "); result is partial.");
            } catch (EcsException e) {
                status = "unavailable";
                LOG.warning("ExternalClaimsStorage " + entry.get().uuid() + " unavailable (" + e.getMessage() + "); result is partial.");
            }
        }
        // Unknown is not full: without the ECS, the highest Alpha position this device reserved is what is known
        long alphaFloor = alphaLatest != null ? alphaLatest : cache.find(alpha.iterationUuid())
                .map(ClaimCacheEntry::latestClaimedKeyGlobalPosition).orElse(alpha.firstPosition() - 1);
        long alphaRemaining = alpha.lastPosition() - alphaFloor;
        BigInteger totalRemaining = null;
        BigInteger totalCapacity = capacity.totalCapacity();
        Long latestRemaining = null;
        UUID latestDeltaUuid = localDelta.map(KeyIteration::iterationUuid).orElse(null);
        Integer latestSeq = localDelta.map(KeyIteration::seq).orElse(null);
        if (deltas != null && !deltas.isEmpty()) {
            DeltaRecord last = deltas.getLast();
            latestRemaining = last.positions().end() - latestDeltaClaimed;
            latestDeltaUuid = last.deltaUuid();
            latestSeq = last.seq();
            long unusedDeltas = Math.max(0, capacity.supportedDeltas() - last.seq());
            totalRemaining = BigInteger.valueOf(unusedDeltas).multiply(BigInteger.valueOf(c))
                    .add(BigInteger.valueOf(latestRemaining));
        } else if (deltas != null) {
            totalRemaining = totalCapacity;
        }
        Long deltasOnDisk = localDelta.map(d -> capacity.nominalKeySizeBytes() * d.seq()).orElse(null);
        return new KeySummary(alpha.keyName(), keyNameEcs, keyUuid, capacity.nominalKeySizeBytes(), alphaRemaining, c,
                capacity.supportedDeltas(), totalRemaining, totalCapacity, capacity.maxFileSize(), deltasOnDisk,
                latestDeltaUuid, latestSeq, latestRemaining, ecsName, entry.map(EcsEntry::uuid).orElse(ecsUuid.orElse(null)),
                status);
    }
}
