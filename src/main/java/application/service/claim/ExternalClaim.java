package application.service.claim;

import application.port.out.CapacityExhaustedException;
import application.port.out.ClaimCacheStore;
import application.port.out.ClaimRegistry;
import domain.claim.ClaimCacheEntry;
import domain.claim.ClaimDecision;
import domain.claim.ClaimOutcome;
import domain.claim.ClaimPolicy;
import domain.position.PositionRange;
import java.util.Optional;

/** The steps both position sources share: the entry of a target, the one ECS claim, and accepting its range. */
final class ExternalClaim {
    private ExternalClaim() { }

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

    /** A claim as made: the decision actually sent (possibly fitted to the iteration's tail) and the ECS range. */
    record Claimed(ClaimDecision.External external, PositionRange range) { }

    /**
     * Makes the ECS claim of {@code external}. When the iteration has fewer positions left than the total
     * but still holds the request, the claim is made once more with what {@link ClaimPolicy#fitToRemaining}
     * allows; otherwise the {@link CapacityExhaustedException} propagates.
     */
    static Claimed claim(ClaimRegistry registry, ClaimTarget target, ClaimDecision.External external) {
        try {
            return new Claimed(external, registry.claim(target.keyUuid(), target.seq(), external.total()));
        } catch (CapacityExhaustedException e) {
            ClaimDecision.External fitted = ClaimPolicy.fitToRemaining(external, e.remaining())
                    .filter(f -> f.total() < external.total()).orElseThrow(() -> e);
            return new Claimed(fitted, registry.claim(target.keyUuid(), target.seq(), fitted.total()));
        }
    }

    /** The update that serves the request from {@code claimed}, or an {@link UnsafeClaimException}. */
    static ClaimCacheStore.Update<PositionRange> accept(ClaimTarget target, ClaimCacheEntry entry, Claimed claimed) {
        return switch (ClaimPolicy.accept(entry, claimed.external(), claimed.range(), target.iterationCapacity())) {
            case ClaimOutcome.Accepted a -> ClaimCacheStore.Update.store(a.updated(), a.range());
            case ClaimOutcome.Unsafe u -> throw new UnsafeClaimException(unsafeMessage(target, claimed.external(), u),
                    target.keyUuid(), target.iterationUuid(), u.ecsRange());
        };
    }

    private static String unsafeMessage(ClaimTarget target, ClaimDecision.External asked, ClaimOutcome.Unsafe u) {
        String range = "positions " + u.ecsRange().start() + ".." + u.ecsRange().end();
        String why = switch (u.breach()) {
            case AT_OR_BELOW_FLOOR -> range + " start at or below this device's high-water mark " + u.floor();
            case OUTSIDE_ITERATION -> range + " lie outside the iteration";
            case WRONG_SIZE -> range + " (" + u.ecsRange().size() + ") for a claim of " + asked.total();
        };
        return "unsafe ECS claim rejected: the ECS returned " + why + " for key " + target.keyUuid() + " iteration "
                + target.iterationUuid() + " (seq " + target.seq() + "); nothing was used or stored";
    }
}
