package application.service.claim;

import application.port.in.failure.ClaimFailure;
import application.port.in.failure.FailureException;
import application.port.out.CapacityExhaustedException;
import domain.claim.ClaimOutcome;
import domain.position.PositionRange;
import java.util.Optional;

/** What one step of the claim flow ({@link ClaimFlow}) ended with; nothing is thrown through the cache lock. */
public sealed interface ClaimStep {

    /**
     * The request is served: these positions are reserved for it and stored as used.
     *
     * @param ecsUnavailable when they came from the OFFLINE fallback because the ECS was unavailable: why
     */
    record Served(PositionRange range, Optional<String> ecsUnavailable) implements ClaimStep {
        /** Served without a fallback. */
        public Served(PositionRange range) {
            this(range, Optional.empty());
        }
    }

    /** The local cache cannot serve the request; the next step is one ECS claim (the external path). */
    record NeedsEcs() implements ClaimStep { }

    /**
     * On the OFFLINE path, no single OFFLINE claim holds the request.
     *
     * @param ecsUnavailable why the ECS could not be used; empty under OFFLINE_MODE
     */
    record InsufficientOffline(ClaimTarget target, long requested, long largestOffline, Optional<String> ecsUnavailable)
            implements ClaimStep { }

    /** The ECS returned a range the high-water guard refuses; nothing was used or stored. */
    record Unsafe(ClaimTarget target, ClaimOutcome.Unsafe outcome, long asked) implements ClaimStep { }

    /** The iteration has fewer unclaimed positions in the ECS than the request: the key needs a new Delta. */
    record Exhausted(ClaimTarget target, long remaining) implements ClaimStep { }

    /**
     * The served range, or the failure the step stands for.
     *
     * @throws FailureException            with {@link ClaimFailure} for an insufficient OFFLINE cache or an unsafe range
     * @throws CapacityExhaustedException  when the iteration is exhausted
     * @throws IllegalStateException       for {@link NeedsEcs} (not an end of the flow)
     */
    default PositionRange orThrow() {
        return switch (this) {
            case Served s -> s.range();
            case InsufficientOffline i -> throw new FailureException(new ClaimFailure.InsufficientOffline(i.target().keyUuid(),
                    i.target().iterationUuid(), i.requested(), i.largestOffline(), i.ecsUnavailable()));
            case Unsafe u -> throw new FailureException(new ClaimFailure.Unsafe(u.target().keyUuid(), u.target().iterationUuid(),
                    u.target().seq(), u.outcome().ecsRange(), u.outcome().floor(), u.outcome().breach(), u.asked(),
                    u.target().ecsUuid()));
            case Exhausted x -> throw new CapacityExhaustedException("iteration " + x.target().seq() + " of key "
                    + x.target().keyUuid() + " has " + x.remaining() + " positions left", x.remaining());
            case NeedsEcs n -> throw new IllegalStateException("the claim flow stopped before the external path");
        };
    }
}
