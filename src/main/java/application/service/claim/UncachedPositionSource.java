package application.service.claim;

import application.port.out.ClaimCacheStore;
import application.port.out.ClaimRegistry;
import domain.claim.ClaimCacheEntry;
import domain.position.PositionRange;
import java.util.Optional;

/**
 * One ECS claim of exactly the request, made while holding the iteration's cache entry lock, checked
 * against the high-water floor, which then moves to the end of the returned range.
 */
public final class UncachedPositionSource implements PositionSource {
    private final ClaimCacheStore cache;
    private final ClaimRegistry registry;

    public UncachedPositionSource(ClaimCacheStore cache, ClaimRegistry registry) {
        this.cache = cache;
        this.registry = registry;
    }

    @Override
    public PositionRange take(ClaimTarget target, long size) {
        return cache.update(target.iterationUuid(), current -> {
            ClaimCacheEntry entry = current.orElseGet(() -> ClaimCacheEntry.fresh(target.keyUuid(), target.iterationUuid(),
                    target.seq(), target.ecsUuid(), Math.multiplyExact((long) target.seq(), target.iterationCapacity())));
            PositionRange range = registry.claim(target.keyUuid(), target.seq(), size);
            if (!entry.acceptsRangeStartingAt(range.start())) {
                throw new UnsafeClaimException("ECS returned positions " + range.start() + ".." + range.end()
                        + " at or below this device's high-water mark " + entry.latestClaimedKeyGlobalPosition()
                        + " for iteration " + target.seq() + " of key " + target.keyUuid() + "; refusing to reuse positions");
            }
            return new ClaimCacheStore.Update<>(Optional.of(entry.withFloor(range.end())), range);
        });
    }
}
