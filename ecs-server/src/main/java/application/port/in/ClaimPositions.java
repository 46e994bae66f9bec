package application.port.in;

import application.Caller;
import domain.position.PositionRange;
import java.util.Optional;
import java.util.UUID;

/** Claims global positions of one iteration of a key (Owner or Maintainer). */
public interface ClaimPositions {
    /** The claimed range; {@code replayed} when an earlier claim with the same idempotency key answered it. */
    record Result(int seq, PositionRange range, boolean replayed) { }

    /**
     * Hands out the next {@code size} positions of iteration {@code seq}; ranges never overlap.
     *
     * @param idempotencyKey a retry with the same value gets the same range and claims nothing new
     * @throws application.failure.InvalidRequest       when size is outside 1..C
     * @throws application.failure.IterationNotFound    when seq is neither 0 nor a registered Delta
     * @throws application.failure.CapacityExhausted    when fewer than size positions are left
     * @throws application.failure.IdempotencyKeyReused when the idempotency key was used with other parameters
     * @throws application.failure.KeyFenced            when the key is fenced
     */
    Result claim(Caller caller, UUID keyUuid, int seq, long size, Optional<UUID> idempotencyKey);
}
