package application.service.claim;

import domain.position.PositionRange;
import java.util.UUID;

/**
 * The ECS returned a range that cannot be used without risking reuse of positions (it starts at or
 * below the local high-water floor of the key iteration, leaves the iteration, or has the wrong size).
 * Nothing is stored; the request fails.
 */
public class UnsafeClaimException extends RuntimeException {
    private final UUID keyUuid;
    private final UUID iterationUuid;
    private final PositionRange ecsRange;

    public UnsafeClaimException(String message, UUID keyUuid, UUID iterationUuid, PositionRange ecsRange) {
        super(message);
        this.keyUuid = keyUuid;
        this.iterationUuid = iterationUuid;
        this.ecsRange = ecsRange;
    }

    /** The key whose iteration was being claimed. */
    public UUID keyUuid() { return keyUuid; }

    /** The key iteration whose local floor rejected the range. */
    public UUID iterationUuid() { return iterationUuid; }

    /** The range the ECS returned. */
    public PositionRange ecsRange() { return ecsRange; }
}
