package application.port.out;

import domain.claim.ClaimCacheEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The local claim cache ({@code local_cache.sfc}): one entry per key iteration. {@link #update} is an
 * atomic read-modify-write that excludes every other process on the same config root for its duration,
 * so the work done inside it (an ECS claim, a local sub-claim) is never done twice.
 */
public interface ClaimCacheStore {

    /** The result of an update: the entry to store (empty: remove it) and a value for the caller. */
    record Update<T>(Optional<ClaimCacheEntry> entry, T value) { }

    /** The entry of the iteration, if any. */
    Optional<ClaimCacheEntry> find(UUID iterationUuid);

    /** Every entry of the key, ordered by seq. */
    List<ClaimCacheEntry> forKey(UUID keyUuid);

    /**
     * Runs {@code change} on the current entry of the iteration under the exclusive lock and stores what
     * it returns. If {@code change} throws, nothing is stored.
     */
    <T> T update(UUID iterationUuid, Function<Optional<ClaimCacheEntry>, Update<T>> change);

    /** Removes every entry of the key; false when there was none. */
    boolean deleteKey(UUID keyUuid);
}
