package application.model;

import java.util.Objects;

/**
 * Where Delta objects of a storage live, with everything an S3 client needs. The internal storage is the
 * bucket the server is configured with; a BYOS location carries the opened credentials and is never
 * logged or returned.
 */
public sealed interface StorageLocation {

    /** Object key prefix without slashes at either end; empty for none. */
    String remotePath();

    /** The internal storage: the configured bucket, no prefix. */
    record Internal() implements StorageLocation {
        @Override
        public String remotePath() { return ""; }
    }

    /**
     * A user's bucket.
     *
     * @param endpointUrl null for Amazon S3 (the regional endpoint), the R2 account endpoint otherwise
     * @param cacheTag    changes whenever the storage row changes, so clients built for it are rebuilt
     */
    record Byos(java.util.UUID storageUuid, StorageProvider provider, String bucketName, String region,
                String endpointUrl, String remotePath, String accessKeyId, String secretAccessKey, String cacheTag)
            implements StorageLocation {
        /** Requires provider, bucket and region; an absent remote path is empty. */
        public Byos {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(bucketName, "bucketName");
            Objects.requireNonNull(region, "region");
            remotePath = remotePath == null ? "" : remotePath;
        }

        @Override
        public String toString() {   // never the credentials
            return "Byos[" + provider.apiName() + " " + bucketName + " " + region + " " + endpointUrl + "]";
        }
    }

    /**
     * The object key of a Delta: {@code {remote_path}/{key_uuid}/{delta_uuid}}, or
     * {@code {key_uuid}/{delta_uuid}} when the remote path is empty (reference edit-key, BYOS recovery).
     */
    default String deltaObjectKey(java.util.UUID keyUuid, java.util.UUID deltaUuid) {
        String tail = keyUuid + "/" + deltaUuid;
        return remotePath().isEmpty() ? tail : remotePath() + "/" + tail;
    }
}
