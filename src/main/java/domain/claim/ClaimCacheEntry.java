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
 * {@code latestClaimedKeyGlobalPosition} (the highest position this device has reserved for the
 * iteration, kept even when the claims that held it are consumed or pruned) and its local claims.
 * Immutable; every change returns a new entry.
 *
 * <p>Fully consumed claims are kept until pruning removes them: they have the smallest remaining
 * capacity (0), so they are the first to go when an 11th claim of their reason arrives, and the
 * counts by reason stay those of the reference's "drop the smallest remaining" rule.
 */
public record ClaimCacheEntry(UUID keyUuid, UUID iterationUuid, int seq, UUID ecsUuid,
                              long latestClaimedKeyGlobalPosition, List<LocalClaim> claims) {
    /**
     * At most this many claims per reason (reference: "each reason keeps at most 10 local claims"); the
     * limits of PERFORMANCE and OFFLINE are independent.
     */
    public static final int MAX_CLAIMS_PER_REASON = 10;

    /** Smallest remaining first, then the lowest start: the order of best fit and of pruning. */
    private static final Comparator<LocalClaim> SMALLEST_REMAINING =
            Comparator.comparingLong(LocalClaim::remaining).thenComparingLong(LocalClaim::start);

    public ClaimCacheEntry {
        Objects.requireNonNull(keyUuid, "keyUuid");
        Objects.requireNonNull(iterationUuid, "iterationUuid");
        Objects.requireNonNull(ecsUuid, "ecsUuid");
        if (seq < 0) throw new IllegalArgumentException("seq must be >= 0");
        claims = List.copyOf(claims);
    }

    /**
     * A new entry with no claims whose floor is {@code firstPosition - 1}, {@code firstPosition} being
     * the iteration's first position {@code seq * C}: nothing reserved yet.
     */
    public static ClaimCacheEntry fresh(UUID keyUuid, UUID iterationUuid, int seq, UUID ecsUuid, long firstPosition) {
        return new ClaimCacheEntry(keyUuid, iterationUuid, seq, ecsUuid, firstPosition - 1, List.of());
    }

    /** True when a range starting at {@code start} lies strictly above the floor (the high-water guard). */
    public boolean acceptsRangeStartingAt(long start) {
        return start > latestClaimedKeyGlobalPosition;
    }

    /** The entry with its floor raised to {@code floor}; a lower value leaves it unchanged (the floor never falls). */
    public ClaimCacheEntry withFloor(long floor) {
        return new ClaimCacheEntry(keyUuid, iterationUuid, seq, ecsUuid, Math.max(floor, latestClaimedKeyGlobalPosition), claims);
    }

    /** The entry with {@code newClaims} instead of its claims (no pruning). */
    public ClaimCacheEntry withClaims(List<LocalClaim> newClaims) {
        return new ClaimCacheEntry(keyUuid, iterationUuid, seq, ecsUuid, latestClaimedKeyGlobalPosition, newClaims);
    }

    /** The claims of one reason, in stored order. */
    public List<LocalClaim> claims(CacheReason reason) {
        return claims.stream().filter(c -> c.reason() == reason).toList();
    }

    /**
     * Best fit: the claim of {@code reason} with the smallest remaining capacity that still holds all
     * {@code request} positions; ties go to the lowest start. One claim only: fragments are never stitched.
     */
    public Optional<LocalClaim> bestFit(CacheReason reason, long request) {
        return claims.stream().filter(c -> c.reason() == reason && c.remaining() >= request).min(SMALLEST_REMAINING);
    }

    /**
     * Takes {@code request} positions from {@code claim}, which must be one of this entry's claims; the
     * claim stays in place with its pointer advanced (also when that consumes it).
     */
    public Served take(LocalClaim claim, long request) {
        int i = claims.indexOf(claim);
        if (i < 0) throw new IllegalArgumentException("claim is not part of this entry");
        LocalClaim.Taken t = claim.take(request);
        List<LocalClaim> next = new ArrayList<>(claims);
        next.set(i, t.claim());
        return new Served(t.range(), withClaims(next));
    }

    /**
     * Adds a claim; when its reason then has more than {@link #MAX_CLAIMS_PER_REASON}, the claim of that
     * reason with the smallest remaining capacity (lowest start on a tie) is dropped, which may be the
     * new claim itself. Claims of the other reason are untouched.
     */
    public ClaimCacheEntry add(LocalClaim claim) {
        Objects.requireNonNull(claim, "claim");
        List<LocalClaim> next = new ArrayList<>(claims);
        next.add(claim);
        List<LocalClaim> same = next.stream().filter(c -> c.reason() == claim.reason()).toList();
        if (same.size() > MAX_CLAIMS_PER_REASON) next.remove(same.stream().min(SMALLEST_REMAINING).orElseThrow());
        return withClaims(next);
    }

    /** Total remaining positions of a reason (what the OFFLINE top-up threshold compares with its target). */
    public long remaining(CacheReason reason) {
        return claims.stream().filter(c -> c.reason() == reason).mapToLong(LocalClaim::remaining).sum();
    }

    /** Total size of the claims of a reason, used or not. */
    public long total(CacheReason reason) {
        return claims.stream().filter(c -> c.reason() == reason).mapToLong(LocalClaim::size).sum();
    }

    /** The largest single remaining claim of a reason (0 if none): the biggest request it can still serve. */
    public long largestRemaining(CacheReason reason) {
        return claims.stream().filter(c -> c.reason() == reason).mapToLong(LocalClaim::remaining).max().orElse(0);
    }

    /** Claim counts by reason (a reason without claims is absent). */
    public Map<CacheReason, Integer> countsByReason() {
        Map<CacheReason, Integer> m = new EnumMap<>(CacheReason.class);
        for (LocalClaim c : claims) m.merge(c.reason(), 1, Integer::sum);
        return m;
    }

    /** A served request: the positions handed out and the entry after handing them out. */
    public record Served(PositionRange range, ClaimCacheEntry entry) { }
}
