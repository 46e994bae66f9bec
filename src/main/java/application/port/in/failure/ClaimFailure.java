package application.port.in.failure;

import domain.claim.ClaimOutcome;
import domain.position.PositionRange;
import java.util.Optional;
import java.util.UUID;

/** Positions for a request could not be handed out. */
public sealed interface ClaimFailure extends Failure {

    /**
     * On the OFFLINE path no single OFFLINE claim holds the request (reference M5, M6, M9, M10, M12).
     *
     * @param ecsUnavailable why the ECS could not be used; empty when OFFLINE_MODE is on
     */
    record InsufficientOffline(UUID keyUuid, UUID iterationUuid, long requested, long largestOffline,
                               Optional<String> ecsUnavailable) implements ClaimFailure { }

    /**
     * The ECS returned a range this device must not use (high-water guard): nothing was used or stored.
     *
     * @param floor the local high-water mark of the iteration when the range was checked
     * @param asked the size that was asked for
     */
    record Unsafe(UUID keyUuid, UUID iterationUuid, int seq, PositionRange ecsRange, long floor,
                  ClaimOutcome.Breach breach, long asked, UUID ecsUuid) implements ClaimFailure { }
}
