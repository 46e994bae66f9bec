package application.port.out;

import application.model.PresignedRequest;
import application.model.StorageLocation;
import java.time.Duration;
import java.util.UUID;

/** Presigned S3 URLs, so Delta payloads travel between the client and the storage, never through the server. */
public interface Presigner {
    /**
     * A PUT that signs Content-Length = {@code size}, Content-MD5 = {@code contentMd5} (Base64),
     * {@code If-None-Match: *} (it can never overwrite an object) and the metadata
     * {@code x-amz-meta-upload-attempt} = {@code attemptUuid}.
     */
    PresignedRequest put(StorageLocation location, String objectKey, long size, String contentMd5, UUID attemptUuid,
                         Duration validity);

    /** A GET of the object. */
    PresignedRequest get(StorageLocation location, String objectKey, Duration validity);
}
