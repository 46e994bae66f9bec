package application.model;

import java.util.Optional;
import java.util.UUID;

/**
 * A storage row: the internal storage (owner, provider, bucket, region, endpoint and remote path null) or a
 * user's BYOS storage with its credentials sealed by the server master key (never returned by the API).
 *
 * @param remotePath object key prefix without leading or trailing slash; null or empty for none
 */
public record StorageRecord(UUID storageUuid, boolean internal, UUID ownerUserUuid, String name,
                            StorageProvider provider, String bucketName, String region, String endpointUrl,
                            String remotePath, byte[] sealedAccessKeyId, byte[] sealedSecretAccessKey) {

    /** The internal storage's display name (reference list-ecs-storages). */
    public static final String INTERNAL_NAME = "OmegaSafe internal";

    /** The owner, for a BYOS storage. */
    public Optional<UUID> owner() { return Optional.ofNullable(ownerUserUuid); }

    /** The same storage with other settings (never its identity, owner or kind). */
    public StorageRecord with(String newName, StorageProvider newProvider, String newBucket, String newRegion,
                              String newEndpoint, String newRemotePath, byte[] newSealedKeyId, byte[] newSealedSecret) {
        return new StorageRecord(storageUuid, internal, ownerUserUuid, newName, newProvider, newBucket, newRegion,
                newEndpoint, newRemotePath, newSealedKeyId, newSealedSecret);
    }
}
