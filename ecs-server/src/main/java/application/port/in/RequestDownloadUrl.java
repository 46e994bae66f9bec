package application.port.in;

import application.Caller;
import application.model.PresignedRequest;
import java.util.UUID;

/** Issues a presigned GET of a Delta's payload and counts a download (Owner or Maintainer). */
public interface RequestDownloadUrl {
    /** The presigned GET with the payload's size and Base64 MD5. */
    record Result(PresignedRequest get, long size, String contentMd5) { }

    /**
     * @throws application.failure.NotFound      when the Delta is not registered or its object is missing
     * @throws application.failure.LimitExceeded when a download limit of the internal storage is reached
     */
    Result request(Caller caller, UUID keyUuid, UUID deltaUuid);
}
