package adapters.out.ecs.http;

import adapters.out.ecs.http.HttpClients.EcsClient;
import application.port.out.Storage;
import application.port.out.StorageChange;
import application.port.out.StorageEdit;
import application.port.out.StorageLimits;
import application.port.out.StorageRegistry;
import application.port.out.StorageSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Storages through {@code /v1/storages} and a key's limits through {@code /v1/keys/{key}/storage_limits}. Credentials
 * are sent on create and edit and never come back. In an edit, an empty endpoint URL or remote path clears it (JSON
 * null); an absent field keeps its value.
 */
final class HttpStorageRegistry implements StorageRegistry {
    private final Supplier<EcsClient> clients;

    HttpStorageRegistry(Supplier<EcsClient> clients) {
        this.clients = clients;
    }

    @Override
    public List<Storage> list() {
        return call(api -> api.storages()).storages().stream().map(HttpStorageRegistry::storage).toList();
    }

    @Override
    public Optional<Storage> find(UUID storageUuid) {
        try {
            return Optional.of(storage(call(api -> api.storage(storageUuid))));
        } catch (EcsApiFailures.NotFound e) {
            return Optional.empty();
        }
    }

    @Override
    public StorageChange create(StorageSpec spec) {
        if (spec.credentials() == null) throw new IllegalArgumentException("a BYOS storage needs an access key pair");
        EcsApi.StorageCreate body = new EcsApi.StorageCreate(spec.name(), spec.provider(), spec.bucketName(), spec.region(),
                spec.endpointUrl(), spec.remotePath(), spec.credentials().accessKeyId(), spec.credentials().secretAccessKey());
        return change(call(api -> api.createStorage(body)));
    }

    /** @throws IllegalArgumentException when nothing would change */
    @Override
    public StorageChange edit(UUID storageUuid, StorageEdit edit) {
        Map<String, Object> body = new LinkedHashMap<>();
        edit.name().ifPresent(v -> body.put("name", v));
        edit.provider().ifPresent(v -> body.put("provider", v));
        edit.bucketName().ifPresent(v -> body.put("bucket_name", v));
        edit.region().ifPresent(v -> body.put("region", v));
        edit.endpointUrl().ifPresent(v -> body.put("endpoint_url", v.isEmpty() ? null : v));
        edit.remotePath().ifPresent(v -> body.put("remote_path", v.isEmpty() ? null : v));
        edit.credentials().ifPresent(c -> {
            body.put("access_key_id", c.accessKeyId());
            body.put("secret_access_key", c.secretAccessKey());
        });
        if (body.isEmpty()) throw new IllegalArgumentException("nothing to change in storage " + storageUuid);
        return change(call(api -> api.editStorage(storageUuid, body)));
    }

    @Override
    public String delete(UUID storageUuid) {
        return call(api -> api.deleteStorage(storageUuid)).message();
    }

    @Override
    public StorageLimits limits(UUID keyUuid) {
        EcsApi.StorageLimits l = call(api -> api.storageLimits(keyUuid));
        EcsApi.Usage u = l.usage();
        return new StorageLimits(l.message(), u == null ? null : new StorageLimits.Usage(metrics(u.uploads()), metrics(u.downloads())));
    }

    private static Map<String, StorageLimits.Metric> metrics(Map<String, EcsApi.Metric> scopes) {
        Map<String, StorageLimits.Metric> result = new LinkedHashMap<>();
        if (scopes != null) {
            scopes.forEach((scope, m) -> result.put(scope, m == null ? new StorageLimits.Metric(null, null, null, null, null)
                    : new StorageLimits.Metric(m.used(), m.limit(), m.remaining(), m.percentage(), m.hasLimit())));
        }
        return result;
    }

    private static StorageChange change(EcsApi.StorageSaved s) {
        return new StorageChange(storage(s.storage()), s.message(), s.warnings() == null ? List.of() : s.warnings());
    }

    static Storage storage(EcsApi.Storage s) {
        return new Storage(s.storageUuid(), s.name(), s.provider(), s.bucketName(), s.region(), s.endpointUrl(), s.storageTypeId(),
                s.storageTypeName(), s.storageBadge(), s.remotePath(), Boolean.TRUE.equals(s.isInternal()));
    }

    private <T> T call(java.util.function.Function<EcsApi, T> request) {
        EcsClient c = clients.get();
        return c.failures().call(() -> request.apply(c.api()));
    }
}
