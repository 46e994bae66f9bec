package application.port.in;

import application.Caller;
import application.model.PresignedRequest;
import java.util.UUID;

/** Issues a presigned PUT for a new Delta's encrypted payload (Owner or Maintainer). */
public interface RequestUploadUrl {
    /** Largest Delta payload in bytes: 10 MiB (reference create-key, Delta upload safeguards). */
    long MAX_DELTA_SIZE = 10L * 1024 * 1024;

    /** The upload as sent; validated by the use case. */
    record Command(UUID keyUuid, UUID deltaUuid, Integer seq, Long size, String contentMd5) { }

    /** The attempt and its presigned PUT. */
    record Result(UUID attemptUuid, PresignedRequest put, long size, String contentMd5) { }

    /**
     * @throws application.failure.DeltaTooLarge       when size exceeds {@link #MAX_DELTA_SIZE}
     * @throws application.failure.DeltaSequenceTaken  when another Delta (or this one) holds the seq
     * @throws application.failure.DeltaOutOfSequence  when seq is not the latest Delta seq + 1
     * @throws application.failure.LimitExceeded       when an upload limit of the internal storage is reached
     * @throws application.failure.StorageUnavailable  when the key's storage does not answer
     */
    Result request(Caller caller, Command command);
}
