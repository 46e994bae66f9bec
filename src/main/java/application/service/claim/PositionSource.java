package application.service.claim;

import domain.position.PositionRange;

/**
 * Positions for one request where no Delta reconciliation applies (Alpha positions for an encrypted Delta,
 * the small claim of import-key): {@link ClaimFlow#take} whose result is the range or a thrown failure.
 */
@FunctionalInterface
public interface PositionSource {
    /**
     * {@code size} contiguous positions of the target's iteration, reserved and never handed out again.
     *
     * @throws application.port.in.failure.FailureException for an insufficient OFFLINE cache or an unsafe ECS range
     * @throws application.port.out.CapacityExhaustedException when the iteration is exhausted
     * @throws application.port.out.EcsException for any other ECS failure (M11)
     */
    PositionRange take(ClaimTarget target, long size);
}
