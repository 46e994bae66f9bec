package application.port.in.failure;

import java.util.UUID;

/** A Delta iteration cannot be obtained, trusted or imported. */
public sealed interface DeltaFailure extends Failure {

    UUID keyUuid();

    /** Delta {@code seq} is needed but is not on this device and cannot be pulled (no ECS link). */
    record NotOnDevice(UUID keyUuid, int seq) implements DeltaFailure { }

    /** Delta {@code seq} is needed, is not on this device, and the ECS is unavailable now. */
    record NotOnDeviceEcsUnavailable(UUID keyUuid, int seq, String reason) implements DeltaFailure { }

    /**
     * Same sequence number, different Delta UUID on this device and in the ECS (reference: reconciliation
     * conflict, manual recovery needed).
     */
    record Diverged(UUID keyUuid, int seq, UUID localDeltaUuid, UUID ecsDeltaUuid, UUID ecsUuid) implements DeltaFailure { }

    /** A renewal lost the race for sequence {@code seq} and was rolled back (reference D6). */
    record RenewalConflict(UUID keyUuid, int seq) implements DeltaFailure { }

    /** A Delta the ECS served does not match its record (key, sequence, UUID or shape). */
    record Inconsistent(UUID keyUuid, UUID deltaUuid, int seq) implements DeltaFailure { }

    /** A Delta payload could not be decrypted or decoded with the local Alpha. */
    record Unreadable(UUID keyUuid, UUID deltaUuid, int seq, String reason) implements DeltaFailure { }

    /** The imported file is not a Delta of the key (another key, seq 0 or another shape). */
    record NotADeltaOfKey(UUID keyUuid) implements DeltaFailure { }

    /** This device already has another Delta ({@code existing}) for sequence {@code seq}. */
    record SequenceTakenLocally(UUID keyUuid, int seq, UUID existing) implements DeltaFailure { }

    /** Manual imports keep local sequence continuity: {@code seq} does not follow {@code latestLocal}. */
    record OutOfOrder(UUID keyUuid, int seq, int latestLocal) implements DeltaFailure { }
}
