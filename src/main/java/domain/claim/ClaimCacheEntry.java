package domain.claim;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The local cache entry of one key iteration: the ECS it is linked to, the high-water safety floor
 * ({@code latestClaimedKeyGlobalPosition}: the highest position this device has reserved for the
 * iteration) and its local claims.
 */
public record ClaimCacheEntry(UUID keyUuid, UUID iterationUuid, int seq, UUID ecsUuid,
                              long latestClaimedKeyGlobalPosition, List<LocalClaim> claims) {
    public ClaimCacheEntry {
        Objects.requireNonNull(keyUuid, "keyUuid");
        Objects.requireNonNull(iterationUuid, "iterationUuid");
        Objects.requireNonNull(ecsUuid, "ecsUuid");
        claims = List.copyOf(claims);
    }

    /** A new entry whose floor is {@code firstPosition - 1} (nothing reserved yet). */
    public static ClaimCacheEntry fresh(UUID keyUuid, UUID iterationUuid, int seq, UUID ecsUuid, long firstPosition) {
        return new ClaimCacheEntry(keyUuid, iterationUuid, seq, ecsUuid, firstPosition - 1, List.of());
    }

    /** True when a range starting at {@code start} lies strictly above the floor (the high-water guard). */
    public boolean acceptsRangeStartingAt(long start) {
        return start > latestClaimedKeyGlobalPosition;
    }

    public ClaimCacheEntry withFloor(long floor) {
        return new ClaimCacheEntry(keyUuid, iterationUuid, seq, ecsUuid, Math.max(floor, latestClaimedKeyGlobalPosition), claims);
    }

    public ClaimCacheEntry withClaims(List<LocalClaim> newClaims) {
        return new ClaimCacheEntry(keyUuid, iterationUuid, seq, ecsUuid, latestClaimedKeyGlobalPosition, newClaims);
    }
}
