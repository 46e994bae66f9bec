package application.port.out;

import domain.claim.ClaimCacheEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The local claim cache ({@code local_cache.sfc}): at most one {@link ClaimCacheEntry} per key
 * iteration, keyed by its iteration UUID.
 *
 * <p>{@link #update} is the only way to change an entry and is an atomic read-modify-write that
 * excludes every other {@code update} on the same config root, in this process and in any other,
 * for its whole duration. The claim flow makes its ECS call inside it, so two processes never hand out
 * sub-claims of the same local claim and the entry's high-water floor only ever rises.
 */
public interface ClaimCacheStore {

    /**
     * What an {@link #update} decided: the entry to store (empty: remove the iteration's entry) and a
     * value for the caller.
     */
    record Update<T>(Optional<ClaimCacheEntry> entry, T value) {
        /** Stores {@code entry} and returns {@code value}. */
        public static <T> Update<T> store(ClaimCacheEntry entry, T value) {
            return new Update<>(Optional.of(entry), value);
        }
    }

    /** The entry of the iteration, if any (a snapshot; may be stale by the time it is used). */
    Optional<ClaimCacheEntry> find(UUID iterationUuid);

    /**
     * The ECS that holds the key on this device: the ECS recorded with the key's Alpha entry, which
     * create-key and import-key write first (or, for state older than that rule, with its lowest-seq entry).
     * Empty when no ECS-backed command has used the key here.
     */
    Optional<UUID> ecsOf(UUID keyUuid);

    /** Every entry of the key, ordered by seq. */
    List<ClaimCacheEntry> forKey(UUID keyUuid);

    /**
     * Runs {@code change} on the iteration's current entry (empty if none) while holding the exclusive
     * lock, stores the entry it returns and then releases the lock and returns its value. If
     * {@code change} throws, nothing is stored and the exception reaches the caller unchanged.
     * {@code change} must not call this store again.
     *
     * @throws ContainerAccessException when the cache cannot be read or written
     */
    <T> T update(UUID iterationUuid, Function<Optional<ClaimCacheEntry>, Update<T>> change);

    /** Removes every entry of the key (under the same lock); false when there was none. */
    boolean deleteKey(UUID keyUuid);
}
