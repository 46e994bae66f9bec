package adapters.in.cli;

import application.port.in.EcsStorageUseCases.Ecs;
import application.port.out.Storage;
import application.port.out.StorageLimits;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The storage payloads of the reference: list-ecs-storages, view-ecs-storage and key-storage-limits. */
final class StorageJson {
    private StorageJson() { }

    /** The root with {@code ecs_uuid}, {@code ecs_name}, {@code ecs_type}. */
    static ObjectNode root(Ecs ecs) {
        ObjectNode root = Json.root();
        root.put("ecs_uuid", ecs.ecsUuid().toString());
        root.put("ecs_name", ecs.name());
        root.put("ecs_type", ecs.type());
        return root;
    }

    /** A {@code storages[]} item. */
    static ObjectNode listItem(Storage s) {
        ObjectNode o = Json.object();
        o.put("storage_uuid", s.storageUuid().toString());
        o.put("storage_name", s.name());
        o.put("storage_is_internal", s.internal());
        o.put("storage_type_name", s.storageTypeName());
        o.put("storage_badge", s.storageBadge());
        return o;
    }

    /** view-ecs-storage's {@code storage}. */
    static ObjectNode detail(Storage s) {
        ObjectNode o = Json.object();
        o.put("storage_uuid", s.storageUuid().toString());
        o.put("name", s.name());
        o.put("provider", s.provider());
        o.put("bucket_name", s.bucketName());
        o.put("region", s.region());
        o.put("endpoint_url", s.endpointUrl());
        o.put("storage_type_id", s.storageTypeId());
        o.put("storage_type_name", s.storageTypeName());
        o.put("remote_path", s.remotePath());
        o.put("is_internal", s.internal());
        return o;
    }

    /** key-storage-limits' {@code usage}: uploads and downloads by scope. */
    static ObjectNode usage(StorageLimits.Usage usage) {
        ObjectNode o = Json.object();
        scopes(o.putObject("uploads"), usage.uploads());
        scopes(o.putObject("downloads"), usage.downloads());
        return o;
    }

    private static void scopes(ObjectNode into, Map<String, StorageLimits.Metric> metrics) {
        metrics.forEach((scope, m) -> {
            ObjectNode o = into.putObject(scope);
            o.put("used", m.used());
            o.put("limit", m.limit());
            o.put("remaining", m.remaining());
            o.put("percentage", m.percentage());
            o.put("has_limit", m.hasLimit());
        });
    }

    /** A plain line for one metric: {@code daily: 1 of 2 used (50%), 1 left}, or {@code no limit}. */
    static String line(String scope, StorageLimits.Metric m) {
        if (Boolean.FALSE.equals(m.hasLimit())) return scope + ": " + value(m.used()) + " used, no limit";
        return scope + ": " + value(m.used()) + " of " + value(m.limit()) + " used (" + value(m.percentage()) + "%), "
                + value(m.remaining()) + " left";
    }

    private static String value(Long v) {
        return v == null ? "unknown" : Long.toString(v);
    }
}
