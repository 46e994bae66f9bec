package application.port.in;

import java.util.UUID;

/** fast-forward-claim and delete-key. */
public interface KeyMaintenanceUseCase {

    /** The latest Delta's claim state before and after a fast-forward. */
    record FastForward(UUID keyUuid, UUID deltaUuid, int seq, long latestClaimedBefore, long latestClaimedAfter,
                       long remainingBefore, long remainingAfter) { }

    /** The latest Delta's current claim state (what fast-forward-claim shows before confirmation). */
    FastForward preview(UUID keyUuid, long claimSize);

    /**
     * Advances the ECS pointer of the latest local Delta by {@code claimSize} positions (no local cache
     * claim is consumed) and raises the local high-water floor to match. Aborts when the ECS has a newer
     * Delta than this device or the Delta has fewer positions left.
     */
    FastForward fastForward(UUID keyUuid, long claimSize);

    /** What delete-key did. */
    record Deleted(UUID keyUuid, String ecsOutcome, boolean localRemoved) { }

    /** Deletes the key from its ECS when reachable (and its Deltas) and always removes the local key and cache. */
    Deleted delete(UUID keyUuid);
}
