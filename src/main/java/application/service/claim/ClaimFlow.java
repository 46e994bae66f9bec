package application.service.claim;

import application.port.out.CapacityExhaustedException;
import application.port.out.ClaimCacheStore;
import application.port.out.ClaimCacheStore.Update;
import application.port.out.ClaimRegistry;
import application.port.out.ClaimSettings;
import application.port.out.EcsUnavailableException;
import domain.claim.ClaimCacheEntry;
import domain.claim.ClaimDecision;
import domain.claim.ClaimOutcome;
import domain.claim.ClaimPolicy;
import domain.position.PositionRange;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference's end-to-end claim flow in steps, each one read-modify-write of the iteration's cache entry
 * under the cache store's exclusive lock. The decisions are {@link ClaimPolicy}'s; this class only stores
 * their results and makes the one ECS claim.
 *
 * <p>What may happen while the lock is held: reading and storing the entry, and the one ECS claim call of
 * {@link #external} (its accept and high-water check need the entry as it was when the range was returned;
 * a remote ECS bounds it by its timeouts). Never under the lock: Delta reconciliation, downloads, renewals,
 * key generation. So a slow network serialises parallel processes on one config root for no longer than
 * the claim itself.
 */
public final class ClaimFlow {
    private final ClaimCacheStore cache;
    private final ClaimSettings settings;

    public ClaimFlow(ClaimCacheStore cache, ClaimSettings settings) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The local step: a PERFORMANCE hit is served (M1, M2); under OFFLINE_MODE the OFFLINE cache serves or the
     * request fails (M6, M10, M12); otherwise {@link ClaimStep.NeedsEcs} and nothing is stored.
     */
    public ClaimStep local(ClaimTarget target, long size) {
        long chunk = settings.performanceChunk(target.iterationCapacity());
        long offlineTarget = settings.offlineTarget(target.iterationCapacity());
        return cache.update(target.iterationUuid(), current -> {
            ClaimCacheEntry entry = entryFor(target, current);
            return switch (ClaimPolicy.decide(entry, size, chunk, offlineTarget, settings.offlineMode())) {
                case ClaimDecision.FromPerformance p -> Update.store(p.updated(), new ClaimStep.Served(p.range()));
                case ClaimDecision.FromOffline o -> Update.store(o.updated(), new ClaimStep.Served(o.range()));
                case ClaimDecision.InsufficientOffline i -> keep(current, new ClaimStep.InsufficientOffline(target, i.requested(),
                        i.largestOfflineRemaining(), Optional.empty()));
                case ClaimDecision.External x -> keep(current, new ClaimStep.NeedsEcs());
            };
        });
    }

    /**
     * The external step: decides again on the entry as it is now (another process may have refilled the cache
     * meanwhile), then makes the one ECS claim (PERFORMANCE refill plus any OFFLINE top-up, M3, M4, M7, M8),
     * fitted to the iteration's tail when less is left, and serves the request from it after the high-water
     * guard. An unavailable ECS falls back to the OFFLINE cache (M5, M9); an exhausted iteration ends with
     * {@link ClaimStep.Exhausted}; every other ECS failure propagates unchanged (M11).
     */
    public ClaimStep external(ClaimTarget target, long size, ClaimRegistry registry) {
        long chunk = settings.performanceChunk(target.iterationCapacity());
        long offlineTarget = settings.offlineTarget(target.iterationCapacity());
        return cache.update(target.iterationUuid(), current -> {
            ClaimCacheEntry entry = entryFor(target, current);
            return switch (ClaimPolicy.decide(entry, size, chunk, offlineTarget, settings.offlineMode())) {
                case ClaimDecision.FromPerformance p -> Update.store(p.updated(), new ClaimStep.Served(p.range()));
                case ClaimDecision.FromOffline o -> Update.store(o.updated(), new ClaimStep.Served(o.range()));
                case ClaimDecision.InsufficientOffline i -> keep(current, new ClaimStep.InsufficientOffline(target, i.requested(),
                        i.largestOfflineRemaining(), Optional.empty()));
                case ClaimDecision.External x -> claim(target, current, entry, x, registry);
            };
        });
    }

    /** The OFFLINE fallback on its own, for an ECS found unavailable before the claim (reconciliation, M5). */
    public ClaimStep offline(ClaimTarget target, long size, String unavailable) {
        return cache.update(target.iterationUuid(), current -> fallback(target, current, entryFor(target, current), size, unavailable));
    }

    /** The local step, then the external step when it is needed: the flow without Delta reconciliation. */
    public ClaimStep take(ClaimTarget target, long size, ClaimRegistry registry) {
        ClaimStep first = local(target, size);
        return first instanceof ClaimStep.NeedsEcs ? external(target, size, registry) : first;
    }

    private Update<ClaimStep> claim(ClaimTarget target, Optional<ClaimCacheEntry> current, ClaimCacheEntry entry,
                                    ClaimDecision.External external, ClaimRegistry registry) {
        ClaimDecision.External asked = external;
        PositionRange range;
        try {
            try {
                range = registry.claim(target.keyUuid(), target.seq(), asked.total());
            } catch (CapacityExhaustedException e) {
                Optional<ClaimDecision.External> fitted = ClaimPolicy.fitToRemaining(external, e.remaining())
                        .filter(f -> f.total() < external.total());
                if (fitted.isEmpty()) return keep(current, new ClaimStep.Exhausted(target, e.remaining()));
                asked = fitted.get();
                range = registry.claim(target.keyUuid(), target.seq(), asked.total());
            }
        } catch (CapacityExhaustedException e) {
            return keep(current, new ClaimStep.Exhausted(target, e.remaining()));
        } catch (EcsUnavailableException e) {
            return fallback(target, current, entry, external.request(), e.getMessage());
        }
        return switch (ClaimPolicy.accept(entry, asked, range, target.iterationCapacity())) {
            case ClaimOutcome.Accepted a -> Update.store(a.updated(), new ClaimStep.Served(a.range()));
            case ClaimOutcome.Unsafe u -> keep(current, new ClaimStep.Unsafe(target, u, asked.total()));
        };
    }

    private static Update<ClaimStep> fallback(ClaimTarget target, Optional<ClaimCacheEntry> current, ClaimCacheEntry entry,
                                              long size, String unavailable) {
        return switch (ClaimPolicy.offlineFallback(entry, size)) {
            case ClaimDecision.FromOffline o -> Update.store(o.updated(), new ClaimStep.Served(o.range(),
                    Optional.of(unavailable == null ? "no reason given" : unavailable)));
            case ClaimDecision.InsufficientOffline i -> keep(current, new ClaimStep.InsufficientOffline(target, i.requested(),
                    i.largestOfflineRemaining(), Optional.of(unavailable == null ? "no reason given" : unavailable)));
            case ClaimDecision d -> throw new IllegalStateException("unexpected OFFLINE fallback " + d);
        };
    }

    /** Stores the entry as it was (nothing changes; an absent entry stays absent). */
    private static Update<ClaimStep> keep(Optional<ClaimCacheEntry> current, ClaimStep step) {
        return new Update<>(current, step);
    }

    /** The stored entry of the target's iteration, or a new one whose floor is {@code seq*C - 1}. */
    static ClaimCacheEntry entryFor(ClaimTarget target, Optional<ClaimCacheEntry> current) {
        ClaimCacheEntry entry = current.orElseGet(() -> ClaimCacheEntry.fresh(target.keyUuid(), target.iterationUuid(),
                target.seq(), target.ecsUuid(), Math.multiplyExact((long) target.seq(), target.iterationCapacity())));
        if (!entry.keyUuid().equals(target.keyUuid()) || entry.seq() != target.seq()) {
            throw new IllegalStateException("the cache entry of iteration " + target.iterationUuid()
                    + " belongs to key " + entry.keyUuid() + " seq " + entry.seq());
        }
        return entry;
    }
}
