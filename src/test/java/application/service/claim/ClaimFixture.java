package application.service.claim;

import application.fakes.InMemoryClaimCacheStore;
import application.fakes.RecordingClaimRegistry;
import domain.claim.CacheReason;
import domain.claim.ClaimCacheEntry;
import domain.claim.LocalClaim;
import domain.position.PositionRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One key iteration (seq 1) with a recording ECS and an in-memory cache, seeded claim by claim. */
final class ClaimFixture {
    static final long KB = 1_000L;
    static final long MB = 1_000_000L;
    static final long GB = 1_000_000_000L;

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

    /** A 1 PB iteration: large enough that the 25 % cap never interferes. */
    ClaimFixture() {
        this(1_000_000 * GB);
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

    ClaimTarget target() {
        return new ClaimTarget(key, iteration, 1, capacity, ecs);
    }

    CachingPositionSource source(String performanceGb, String offlineGb, boolean offlineMode) {
        return new CachingPositionSource(cache, registry, offlineMode, new BigDecimal(performanceGb), new BigDecimal(offlineGb));
    }

    PositionRange take(CachingPositionSource source, long size) {
        return source.take(target(), size);
    }

    ClaimCacheEntry entry() {
        return cache.find(iteration).orElseThrow();
    }

    List<Long> callSizes() {
        return registry.calls().stream().map(RecordingClaimRegistry.Call::size).toList();
    }

    long remaining(CacheReason reason) {
        return entry().remaining(reason);
    }

    long count(CacheReason reason) {
        return entry().claims().stream().filter(c -> c.reason() == reason).count();
    }

    /** The first position the ECS hands out next. */
    long ecsNext() {
        return registry.latestClaimed(key, 1) + 1;
    }
}
