package application.port.out;

import domain.position.PositionRange;
import java.util.UUID;

/**
 * Authoritative reservations of global positions for one key, per key iteration. Implementations are
 * ECS backends; the local cache sits in front of this port, never behind it.
 */
public interface ClaimRegistry {

    /**
     * Reserves the next {@code size} unclaimed positions of iteration {@code seq} of {@code keyUuid}.
     * The range is contiguous, lies inside the iteration's positions {@code [seq*C, (seq+1)*C - 1]} and
     * never overlaps a range returned before, to any process or device.
     *
     * @throws EcsUnavailableException when the backend cannot be reached (OFFLINE fallback may apply)
     * @throws CapacityExhaustedException when the iteration has fewer than {@code size} positions left
     * @throws EcsException for any other refusal (unknown key or iteration, ...)
     */
    PositionRange claim(UUID keyUuid, int seq, long size);

    /**
     * The highest position already claimed in iteration {@code seq}, or {@code seq*C - 1} when nothing
     * has been claimed yet.
     */
    long latestClaimed(UUID keyUuid, int seq);
}
