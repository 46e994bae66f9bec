package application.port.in.failure;

import java.util.UUID;

/** A key cannot be used as asked on this device. */
public sealed interface KeyFailure extends Failure {

    UUID keyUuid();

    /** The key's Alpha is not on this device, so the key is not actionable here (reference: import-key guidance). */
    record NoLocalAlpha(UUID keyUuid) implements KeyFailure { }

    /** No ECS is recorded for the key on this device (no ECS-backed command has used it here). */
    record NotLinkedToEcs(UUID keyUuid) implements KeyFailure { }

    /** One file must fit in one iteration: it needs {@code positionsNeeded}, an iteration holds {@code iterationCapacity}. */
    record FileTooLarge(UUID keyUuid, long positionsNeeded, long iterationCapacity) implements KeyFailure { }

    /** The ECS does not know the key. */
    record NotRegisteredInEcs(UUID keyUuid, UUID ecsUuid, String ecsName) implements KeyFailure { }

    /** The key is already linked to another ECS on this device. */
    record LinkedToOtherEcs(UUID keyUuid, UUID linkedEcsUuid, UUID requestedEcsUuid) implements KeyFailure { }

    /** The Alpha being imported is not the one the ECS registered for the key. */
    record AlphaMismatch(UUID keyUuid) implements KeyFailure { }

    /** This device already holds a different Alpha for the key UUID. */
    record DifferentAlphaPresent(UUID keyUuid) implements KeyFailure { }

    /** The imported file holds iteration {@code seq}, not an Alpha. */
    record NotAnAlpha(UUID keyUuid, int seq) implements KeyFailure { }

    /**
     * The key has no Delta on this device (and none in the ECS, or OFFLINE_MODE keeps the ECS from being asked:
     * {@code offlineMode}).
     */
    record NoDelta(UUID keyUuid, boolean offlineMode) implements KeyFailure { }

    /** The ECS has a newer Delta than this device; the requested change was not made. */
    record EcsHasNewerDelta(UUID keyUuid, int ecsSeq, int localSeq) implements KeyFailure { }

    /** Iteration {@code seq} has {@code remaining} unclaimed positions, fewer than {@code requested}. */
    record NotEnoughPositions(UUID keyUuid, int seq, long remaining, long requested) implements KeyFailure { }
}
