package application.port.in;

import java.util.UUID;

/**
 * fast-forward-claim: advances the ECS pointer of the latest local Delta without encrypting (no local cache
 * claim is consumed) and raises the local high-water floor to match.
 */
public interface FastForwardClaimUseCase {
    record Request(UUID keyUuid, long claimSize) {
        public Request {
            java.util.Objects.requireNonNull(keyUuid, "keyUuid");
            InvalidRequestException.require(claimSize >= 1, "the claim size must be at least 1 position");
        }
    }

    /** The latest Delta's claim state before and after (positions). */
    record State(UUID keyUuid, UUID deltaUuid, int seq, long latestClaimedBefore, long latestClaimedAfter,
                 long remainingBefore, long remainingAfter) { }

    /** The current state and what the fast-forward would make of it (shown before confirmation). */
    State preview(Request request);

    /** Advances the pointer; aborts when the ECS has a newer Delta or fewer positions are left. */
    State fastForward(Request request);
}
