package adapters.in.rest.dto;

import application.model.StorageRecord;
import application.port.in.SavedStorage;
import java.util.List;
import java.util.UUID;

/** The Storage schema; secrets are never part of it. */
public record StorageJson(UUID storageUuid, String name, String provider, String bucketName, String region, String endpointUrl,
                          String remotePath, int storageTypeId, String storageTypeName, String storageBadge, boolean isInternal) {

    /** The JSON of a storage row. */
    public static StorageJson of(StorageRecord s) {
        if (s.internal()) {
            return new StorageJson(s.storageUuid(), s.name(), null, null, null, null, null, 1, "Internal", "internal", true);
        }
        return new StorageJson(s.storageUuid(), s.name(), s.provider().apiName(), s.bucketName(), s.region(), s.endpointUrl(),
                s.remotePath(), s.provider().typeId(), s.provider().typeName(), s.provider().typeName(), false);
    }

    /** StorageList. */
    public record StorageList(List<StorageJson> storages) { }

    /** StorageSaved. */
    public record Saved(StorageJson storage, String message, List<String> warnings) {
        /** The JSON of a saved storage. */
        public static Saved of(SavedStorage s) {
            return new Saved(StorageJson.of(s.storage()), s.message(), s.warnings());
        }
    }
}
