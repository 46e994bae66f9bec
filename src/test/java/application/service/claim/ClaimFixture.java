package application.service.claim;

import application.fakes.InMemoryClaimCacheStore;
import application.fakes.RecordingClaimRegistry;
import application.port.out.ClaimSettings;
import domain.claim.CacheReason;
import domain.claim.ClaimCacheEntry;
import domain.claim.LocalClaim;
import domain.position.PositionRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One key iteration (seq 1) with a recording ECS and an in-memory cache, seeded claim by claim. Seeded
 * claims lie back to back from the iteration's first position, each with 1 MB already used; the ECS and
 * the entry's floor are advanced past them, as if this device had claimed them.
 */
final class ClaimFixture {
    static final long KB = 1_000L;
    static final long MB = 1_000_000L;
    static final long GB = 1_000_000_000L;
    /** A 1 PB iteration: its 25 % cap (250 TB) is above the largest configurable cache (1000 GB). */
    static final long PETABYTE_ITERATION = 1_000_000 * GB;

    final long capacity;
    final UUID key = UUID.randomUUID();
    final UUID iteration = UUID.randomUUID();
    final UUID ecs = UUID.randomUUID();
    final RecordingClaimRegistry registry;
    final InMemoryClaimCacheStore cache = new InMemoryClaimCacheStore();
    private final List<LocalClaim> seeded = new ArrayList<>();
    private long next;

    ClaimFixture(long capacity) {
        this.capacity = capacity;
        this.registry = new RecordingClaimRegistry(capacity);
        this.next = capacity; // seq 1 starts at C
    }

    ClaimFixture() {
        this(PETABYTE_ITERATION);
    }

    /** Adds a local claim of {@code reason} with {@code remaining} positions left (and 1 MB already used). */
    ClaimFixture seed(CacheReason reason, long remaining) {
        long used = MB;
        LocalClaim c = new LocalClaim(reason, next, next + used + remaining - 1, next + used - 1);
        seeded.add(c);
        next = c.end() + 1;
        cache.put(new ClaimCacheEntry(key, iteration, 1, ecs, next - 1, seeded));
        registry.advance(key, 1, next - 1);
        return this;
    }

    /** The {@code i}-th seeded claim as seeded. */
    LocalClaim seeded(int i) {
        return seeded.get(i);
    }

    /** The next {@code size} positions of the {@code i}-th seeded claim. */
    PositionRange fromSeeded(int i, long size) {
        return PositionRange.ofSize(seeded.get(i).nextUsable(), size);
    }

    ClaimTarget target() {
        return new ClaimTarget(key, iteration, 1, capacity, ecs);
    }

    /** The claim flow under OFFLINE_MODE and the two cache capacities in decimal GB. */
    ClaimFlow flow(String performanceGb, String offlineGb, boolean offlineMode) {
        return new ClaimFlow(cache, new ClaimSettings(offlineMode, new BigDecimal(performanceGb), new BigDecimal(offlineGb)));
    }

    /** The whole flow (local step, then the ECS) as a source: the range, or the failure thrown. */
    PositionSource source(String performanceGb, String offlineGb, boolean offlineMode) {
        ClaimFlow flow = flow(performanceGb, offlineGb, offlineMode);
        return (t, size) -> flow.take(t, size, registry).orThrow();
    }

    PositionRange take(PositionSource source, long size) {
        return source.take(target(), size);
    }

    ClaimCacheEntry entry() {
        return cache.find(iteration).orElseThrow();
    }

    List<Long> callSizes() {
        return registry.callSizes();
    }

    long remaining(CacheReason reason) {
        return entry().remaining(reason);
    }

    long count(CacheReason reason) {
        return entry().claims(reason).size();
    }

    /** The claim of {@code reason} that starts at {@code start}. */
    LocalClaim claimAt(CacheReason reason, long start) {
        return entry().claims(reason).stream().filter(c -> c.start() == start).findFirst()
                .orElseThrow(() -> new AssertionError("no " + reason + " claim starts at " + start + ": " + entry().claims()));
    }

    /** The first position the ECS hands out next. */
    long ecsNext() {
        return registry.latestClaimed(key, 1) + 1;
    }
}
