package application.service.claim;

import application.port.out.ClaimCacheStore;
import application.port.out.ClaimCacheStore.Update;
import application.port.out.ClaimRegistry;
import application.port.out.ClaimSettings;
import application.port.out.EcsUnavailableException;
import domain.claim.ClaimCacheEntry;
import domain.claim.ClaimDecision;
import domain.claim.ClaimPolicy;
import domain.position.PositionRange;
import java.util.Objects;

/**
 * The reference's end-to-end claim flow: the local PERFORMANCE cache first (no ECS call on a hit); else
 * one ECS claim for the PERFORMANCE refill plus any OFFLINE top-up; the OFFLINE cache when OFFLINE_MODE is
 * on or the ECS is unavailable ({@link EcsUnavailableException} only: every other ECS failure propagates).
 * The decisions are {@link ClaimPolicy}'s; this class reads and stores the iteration's cache entry under
 * the store's exclusive lock and makes the ECS call inside it.
 */
public final class CachingPositionSource implements PositionSource {
    private final ClaimCacheStore cache;
    private final ClaimRegistry registry;
    private final ClaimSettings settings;
    private final ExternalPathGuard guard;

    /** A source without a guard on the external path. */
    public CachingPositionSource(ClaimCacheStore cache, ClaimRegistry registry, ClaimSettings settings) {
        this(cache, registry, settings, ExternalPathGuard.NONE);
    }

    /** A source that runs {@code guard} (Delta reconciliation) whenever a request enters the external path. */
    public CachingPositionSource(ClaimCacheStore cache, ClaimRegistry registry, ClaimSettings settings,
                                 ExternalPathGuard guard) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnsafeClaimException when the ECS range fails the high-water guard
     */
    @Override
    public PositionRange take(ClaimTarget target, long size) {
        long chunk = settings.performanceChunk(target.iterationCapacity());
        long offlineTarget = settings.offlineTarget(target.iterationCapacity());
        return cache.update(target.iterationUuid(), current -> {
            ClaimCacheEntry entry = ExternalClaim.entryFor(target, current);
            return switch (ClaimPolicy.decide(entry, size, chunk, offlineTarget, settings.offlineMode())) {
                case ClaimDecision.FromPerformance p -> Update.store(p.updated(), p.range());
                case ClaimDecision.FromOffline o -> Update.store(o.updated(), o.range());
                case ClaimDecision.InsufficientOffline i -> throw insufficient(target, i, null);
                case ClaimDecision.External x -> external(target, entry, x);
            };
        });
    }

    private Update<PositionRange> external(ClaimTarget target, ClaimCacheEntry entry, ClaimDecision.External external) {
        ExternalClaim.Claimed claimed;
        try {
            guard.beforeEcsClaim(target);
            claimed = ExternalClaim.claim(registry, target, external);
        } catch (EcsUnavailableException unavailable) {
            return switch (ClaimPolicy.offlineFallback(entry, external.request())) {
                case ClaimDecision.FromOffline o -> Update.store(o.updated(), o.range());
                case ClaimDecision.InsufficientOffline i -> throw insufficient(target, i, unavailable);
                case ClaimDecision d -> throw new IllegalStateException("unexpected OFFLINE fallback " + d);
            };
        }
        return ExternalClaim.accept(target, entry, claimed);
    }

    private static InsufficientOfflineCacheException insufficient(ClaimTarget target, ClaimDecision.InsufficientOffline i,
                                                                  EcsUnavailableException cause) {
        String why = cause == null ? "OFFLINE_MODE is on" : "the ECS is unavailable (" + cause.getMessage() + ")";
        String message = "insufficient OFFLINE cache: " + why + " and no single OFFLINE claim of key " + target.keyUuid()
                + " iteration " + target.iterationUuid() + " holds " + i.requested() + " positions (largest left: "
                + i.largestOfflineRemaining() + "); go online with OFFLINE_MODE false to claim from the ECS, and raise "
                + "CACHE_OFFLINE_KEY_CAPACITY_GB to keep more in reserve for later offline use";
        return cause == null ? new InsufficientOfflineCacheException(message)
                : new InsufficientOfflineCacheException(message, cause);
    }
}
