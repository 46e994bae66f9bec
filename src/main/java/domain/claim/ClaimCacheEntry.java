package domain.claim;

import domain.position.PositionRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The local cache entry of one key iteration: the ECS it is linked to, the high-water safety floor
 * ({@code latestClaimedKeyGlobalPosition}: the highest position this device has reserved for the
 * iteration) and its local claims. Immutable; every change returns a new entry.
 */
public record ClaimCacheEntry(UUID keyUuid, UUID iterationUuid, int seq, UUID ecsUuid,
                              long latestClaimedKeyGlobalPosition, List<LocalClaim> claims) {
    /** At most this many claims per reason; adding one more drops the smallest remaining (reference: 10). */
    public static final int MAX_CLAIMS_PER_REASON = 10;

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

    /** The entry with its floor raised to {@code floor} (never lowered). */
    public ClaimCacheEntry withFloor(long floor) {
        return new ClaimCacheEntry(keyUuid, iterationUuid, seq, ecsUuid, Math.max(floor, latestClaimedKeyGlobalPosition), claims);
    }

    public ClaimCacheEntry withClaims(List<LocalClaim> newClaims) {
        return new ClaimCacheEntry(keyUuid, iterationUuid, seq, ecsUuid, latestClaimedKeyGlobalPosition, newClaims);
    }

    /**
     * Best fit: the claim of {@code reason} with the smallest remaining capacity that still holds
     * {@code request} positions; ties go to the lowest start. One claim only: never stitched.
     */
    public Optional<LocalClaim> bestFit(CacheReason reason, long request) {
        return claims.stream().filter(c -> c.reason() == reason && c.remaining() >= request)
                .min(Comparator.comparingLong(LocalClaim::remaining).thenComparingLong(LocalClaim::start));
    }

    /** Takes {@code request} positions from {@code claim} (one of this entry's); a claim left empty is removed. */
    public Served take(LocalClaim claim, long request) {
        LocalClaim.Taken t = claim.take(request);
        List<LocalClaim> next = new ArrayList<>(claims.size());
        boolean replaced = false;
        for (LocalClaim c : claims) {
            if (!replaced && c.equals(claim)) {
                replaced = true;
                if (t.claim().remaining() > 0) next.add(t.claim());
            } else {
                next.add(c);
            }
        }
        if (!replaced) throw new IllegalArgumentException("claim is not part of this entry");
        return new Served(t.range(), withClaims(next));
    }

    /** Adds a claim; when its reason then has more than 10, the smallest remaining one of that reason is dropped. */
    public ClaimCacheEntry add(LocalClaim claim) {
        List<LocalClaim> next = new ArrayList<>(claims);
        next.add(claim);
        List<LocalClaim> same = next.stream().filter(c -> c.reason() == claim.reason()).toList();
        if (same.size() > MAX_CLAIMS_PER_REASON) {
            LocalClaim smallest = same.stream()
                    .min(Comparator.comparingLong(LocalClaim::remaining).thenComparingLong(LocalClaim::start)).orElseThrow();
            next.remove(smallest);
        }
        return withClaims(next);
    }

    /** Total remaining positions of a reason. */
    public long remaining(CacheReason reason) {
        return claims.stream().filter(c -> c.reason() == reason).mapToLong(LocalClaim::remaining).sum();
    }

    /** Total size of the claims of a reason. */
    public long total(CacheReason reason) {
        return claims.stream().filter(c -> c.reason() == reason).mapToLong(LocalClaim::size).sum();
    }

    /** The largest single remaining claim of a reason (0 if none). */
    public long largestRemaining(CacheReason reason) {
        return claims.stream().filter(c -> c.reason() == reason).mapToLong(LocalClaim::remaining).max().orElse(0);
    }

    /** Claim counts by reason. */
    public Map<CacheReason, Integer> countsByReason() {
        Map<CacheReason, Integer> m = new EnumMap<>(CacheReason.class);
        for (LocalClaim c : claims) m.merge(c.reason(), 1, Integer::sum);
        return m;
    }

    /** A served request: the positions and the entry after serving it. */
    public record Served(PositionRange range, ClaimCacheEntry entry) { }
}
