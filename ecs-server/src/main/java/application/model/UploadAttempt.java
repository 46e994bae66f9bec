package application.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One presigned upload the server issued: for which key, Delta and sequence, the exact size and Base64 MD5
 * it signed, the storage and object key it signed for, and whether a confirmation registered it.
 */
public record UploadAttempt(UUID attemptUuid, UUID keyUuid, UUID deltaUuid, int seq, long size, String contentMd5,
                            UUID storageUuid, String objectKey, Instant createdAt, Instant expiresAt,
                            Instant confirmedAt) {

    /** True when this attempt and {@code other} are for the same Delta payload (key, Delta, seq, size, MD5). */
    public boolean samePayloadAs(UploadAttempt other) {
        return keyUuid.equals(other.keyUuid) && deltaUuid.equals(other.deltaUuid) && seq == other.seq
                && size == other.size && contentMd5.equals(other.contentMd5);
    }
}
