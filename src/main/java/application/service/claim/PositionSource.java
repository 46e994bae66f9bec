package application.service.claim;

import domain.position.PositionRange;

/**
 * Hands out positions for one encryption request. Whatever it returns has been reserved in the ECS
 * (directly or through the local PERFORMANCE/OFFLINE cache) and is never handed out again, to this
 * or any other process on the same config root.
 */
public interface PositionSource {

    /**
     * Returns {@code size} contiguous positions of {@code target}'s iteration for one request.
     *
     * @throws application.port.out.EcsException subclasses as the claim path reports them
     * @throws InsufficientOfflineCacheException when the OFFLINE fallback has no single claim large enough
     */
    PositionRange take(ClaimTarget target, long size);
}
