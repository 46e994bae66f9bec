package application.port.out;

import java.util.Objects;
import java.util.UUID;

/**
 * A Delta storage as an HTTP ECS describes it (reference: view-ecs-storage). Never holds credentials.
 *
 * @param provider {@code s3}, {@code r2}, or null for the internal storage
 */
public record Storage(UUID storageUuid, String name, String provider, String bucketName, String region, String endpointUrl,
                      Integer storageTypeId, String storageTypeName, String storageBadge, String remotePath,
                      boolean internal) {
    public Storage {
        Objects.requireNonNull(storageUuid, "storageUuid");
    }
}
