package application.port.out;

import domain.position.PositionRange;
import java.util.Optional;
import java.util.UUID;

/**
 * The authoritative reservation of global positions. The decision is one atomic statement in the store, so
 * any number of server replicas sharing it never hand out overlapping ranges.
 */
public interface ClaimStore {
    /**
     * Reserves the next {@code size} positions of iteration {@code seq} when its pointer is at most
     * {@code maxLatest} (= the iteration's end - size) and the key is not fenced, and logs the claim (with its
     * idempotency key, if any) in the same transaction.
     *
     * @return the range, or empty when nothing was claimed (no such iteration, not enough positions left, or
     *         the key is fenced: ask the ledger and the fence store why)
     * @throws IdempotencyKeyTaken when a claim with {@code idempotencyKey} was logged concurrently (nothing
     *                             was claimed: read it with {@link #byIdempotencyKey})
     */
    Optional<PositionRange> claim(UUID keyUuid, int seq, long size, long maxLatest, UUID idempotencyKey,
                                  UUID apiKeyUuid);

    /** The claim logged with that idempotency key. */
    Optional<LoggedClaim> byIdempotencyKey(UUID idempotencyKey);

    /** A claim as logged. */
    record LoggedClaim(UUID keyUuid, int seq, PositionRange range) { }

    /** A concurrent claim took the idempotency key first. */
    final class IdempotencyKeyTaken extends RuntimeException {
        /** Creates the signal. */
        public IdempotencyKeyTaken() { super("idempotency key taken", null, false, false); }
    }
}
