package application.model;

import java.util.Optional;

/**
 * A BYOS provider and the API's storage type (docs/http-ecs.openapi.yaml, Storage): {@code storage_type_id}
 * 2 Cloudflare R2, 3 Amazon S3 (1 is the internal storage, which has no provider).
 */
public enum StorageProvider {
    /** Amazon S3: no endpoint URL, a real AWS region. */
    S3("s3", 3, "Amazon S3"),
    /** Cloudflare R2: an endpoint URL and region {@code auto}. */
    R2("r2", 2, "Cloudflare R2");

    private final String apiName;
    private final int typeId;
    private final String typeName;

    StorageProvider(String apiName, int typeId, String typeName) {
        this.apiName = apiName;
        this.typeId = typeId;
        this.typeName = typeName;
    }

    /** The API's {@code provider}: "s3" or "r2". */
    public String apiName() { return apiName; }

    /** The API's {@code storage_type_id}. */
    public int typeId() { return typeId; }

    /** The API's {@code storage_type_name} and {@code storage_badge}. */
    public String typeName() { return typeName; }

    /** The provider with that API name, if any. */
    public static Optional<StorageProvider> byApiName(String name) {
        for (StorageProvider p : values()) if (p.apiName.equals(name)) return Optional.of(p);
        return Optional.empty();
    }
}
