package application.service.claim;

import application.port.out.ClaimCacheStore;
import application.port.out.ClaimRegistry;
import domain.claim.ClaimPolicy;
import domain.position.PositionRange;
import java.util.Objects;

/**
 * Positions without the local cache: one ECS claim of exactly the request, checked against and raising
 * the iteration's high-water floor (kept in its cache entry, under the store's lock). No PERFORMANCE or
 * OFFLINE claims are created or used, so there is no OFFLINE fallback: every ECS failure propagates.
 */
public final class DirectPositionSource implements PositionSource {
    private final ClaimCacheStore cache;
    private final ClaimRegistry registry;

    public DirectPositionSource(ClaimCacheStore cache, ClaimRegistry registry) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnsafeClaimException when the ECS range fails the high-water guard
     */
    @Override
    public PositionRange take(ClaimTarget target, long size) {
        var external = ClaimPolicy.direct(size);
        return cache.update(target.iterationUuid(), current -> {
            var entry = ExternalClaim.entryFor(target, current);
            var claimed = new ExternalClaim.Claimed(external, registry.claim(target.keyUuid(), target.seq(), external.total()));
            return ExternalClaim.accept(target, entry, claimed);
        });
    }
}
