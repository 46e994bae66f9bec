package application.service.claim;

import application.port.out.CapacityExhaustedException;
import application.port.out.ClaimCacheStore;
import application.port.out.ClaimRegistry;
import application.port.out.EcsUnavailableException;
import domain.claim.CacheSizing;
import domain.claim.ClaimCacheEntry;
import domain.claim.ClaimDecision;
import domain.claim.ClaimOutcome;
import domain.claim.ClaimPolicy;
import domain.position.PositionRange;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The claiming system of the reference: local PERFORMANCE sub-claims first; otherwise one ECS claim for
 * the PERFORMANCE refill plus any OFFLINE top-up; the OFFLINE cache when OFFLINE_MODE is on or the ECS
 * is unavailable. Everything happens under the iteration's cache-entry lock, so concurrent processes
 * never hand out the same local positions; the decisions themselves are {@link ClaimPolicy}'s.
 */
public final class CachingPositionSource implements PositionSource {
    private final ClaimCacheStore cache;
    private final ClaimRegistry registry;
    private final boolean offlineMode;
    private final BigDecimal performanceGb;
    private final BigDecimal offlineGb;
    private final ExternalPathGuard guard;

    public CachingPositionSource(ClaimCacheStore cache, ClaimRegistry registry, boolean offlineMode,
                                 BigDecimal performanceGb, BigDecimal offlineGb) {
        this(cache, registry, offlineMode, performanceGb, offlineGb, ExternalPathGuard.NONE);
    }

    public CachingPositionSource(ClaimCacheStore cache, ClaimRegistry registry, boolean offlineMode,
                                 BigDecimal performanceGb, BigDecimal offlineGb, ExternalPathGuard guard) {
        this.guard = guard;
        this.cache = cache;
        this.registry = registry;
        this.offlineMode = offlineMode;
        this.performanceGb = performanceGb;
        this.offlineGb = offlineGb;
    }

    @Override
    public PositionRange take(ClaimTarget target, long size) {
        long chunk = CacheSizing.effectiveBytes(performanceGb, target.iterationCapacity());
        long offlineTarget = CacheSizing.effectiveBytes(offlineGb, target.iterationCapacity());
        return cache.update(target.iterationUuid(), current -> {
            ClaimCacheEntry entry = current.orElseGet(() -> ClaimCacheEntry.fresh(target.keyUuid(), target.iterationUuid(),
                    target.seq(), target.ecsUuid(), Math.multiplyExact((long) target.seq(), target.iterationCapacity())));
            ClaimDecision decision = ClaimPolicy.decide(entry, size, chunk, offlineTarget, offlineMode);
            if (decision instanceof ClaimDecision.External external) {
                PositionRange ecsRange;
                try {
                    guard.beforeEcsClaim(target);
                    ecsRange = claimFromEcs(target, external);
                } catch (EcsUnavailableException e) {
                    decision = ClaimPolicy.offlineFallback(entry, size);
                    return served(decision, target, e);
                }
                return switch (ClaimPolicy.accept(entry, external, ecsRange)) {
                    case ClaimOutcome.Accepted a -> new ClaimCacheStore.Update<>(Optional.of(a.updated()), a.range());
                    case ClaimOutcome.Unsafe u -> throw new UnsafeClaimException("ECS returned positions "
                            + u.ecsRange().start() + ".." + u.ecsRange().end() + " at or below this device's high-water mark "
                            + u.floor() + " for iteration " + target.seq() + " of key " + target.keyUuid()
                            + "; refusing to reuse positions");
                };
            }
            return served(decision, target, null);
        });
    }

    /**
     * One ECS claim of the decided size. Near the end of an iteration the chunked size may not fit while
     * the request does: then the claim is retried once with what is left (reference is silent; using the
     * tail avoids renewing a Delta that still holds the request).
     */
    private PositionRange claimFromEcs(ClaimTarget target, ClaimDecision.External external) {
        try {
            return registry.claim(target.keyUuid(), target.seq(), external.total());
        } catch (CapacityExhaustedException e) {
            if (e.remaining() >= external.request() && e.remaining() < external.total()) {
                return registry.claim(target.keyUuid(), target.seq(), e.remaining());
            }
            throw e;
        }
    }

    private static ClaimCacheStore.Update<PositionRange> served(ClaimDecision decision, ClaimTarget target,
                                                                EcsUnavailableException cause) {
        return switch (decision) {
            case ClaimDecision.FromPerformance p -> new ClaimCacheStore.Update<>(Optional.of(p.updated()), p.range());
            case ClaimDecision.FromOffline o -> new ClaimCacheStore.Update<>(Optional.of(o.updated()), o.range());
            case ClaimDecision.InsufficientOffline i -> throw new InsufficientOfflineCacheException(
                    (cause == null ? "OFFLINE_MODE is on" : "ECS unavailable (" + cause.getMessage() + ")")
                            + " and no single OFFLINE claim of key " + target.keyUuid() + " holds " + i.requested()
                            + " positions (largest left: " + i.largestOfflineRemaining() + ")");
            case ClaimDecision.External x -> throw new IllegalStateException("external decision reached the local path");
        };
    }
}
