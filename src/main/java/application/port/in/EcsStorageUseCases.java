package application.port.in;

import application.port.out.Credentials;
import application.port.out.Storage;
import application.port.out.StorageEdit;
import application.port.out.StorageSpec;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The Bring-Your-Own-Storage use cases of an HTTP ECS (reference: list-ecs-storages, view-ecs-storage,
 * create-ecs-storage, edit-ecs-storage, delete-ecs-storage), one interface each, sharing their records.
 */
public final class EcsStorageUseCases {
    private EcsStorageUseCases() { }

    /** The ECS a storage command speaks to. {@code type} {@code SFC} or {@code HTTP}. */
    public record Ecs(UUID ecsUuid, String name, String type) { }

    /** list-ecs-storages. */
    public interface ListStorages {
        /** {@code note}: why the list is empty (an SFC ECS, or no storage configured), else null. */
        record Result(Ecs ecs, List<Storage> storages, String note) { }

        Result list(UUID ecsUuid);
    }

    /** view-ecs-storage (HTTP ECS only). */
    public interface ViewStorage {
        record Result(Ecs ecs, Storage storage) { }

        Result view(UUID ecsUuid, UUID storageUuid);
    }

    /** create-ecs-storage (HTTP ECS only): the ECS verifies the credentials before it keeps them. */
    public interface CreateStorage {
        record Request(UUID ecsUuid, StorageSpec spec) {
            public Request {
                Objects.requireNonNull(ecsUuid, "ecsUuid");
                Objects.requireNonNull(spec, "spec");
                StorageRules.require(spec.name(), spec.provider(), spec.bucketName(), spec.region(), spec.endpointUrl());
                InvalidRequestException.require(spec.credentials() != null, "a new storage needs an access key ID and a secret access key");
                StorageRules.requireCredentials(spec.credentials());
            }
        }

        /** The storage as kept, the ECS's message and its warnings (DELETE not allowed: best-effort cleanup only). */
        record Result(Ecs ecs, Storage storage, String message, List<String> warnings) { }

        Result create(Request request);
    }

    /** edit-ecs-storage (HTTP ECS only). */
    public interface EditStorage {
        record Request(UUID ecsUuid, UUID storageUuid, StorageEdit edit) {
            public Request {
                Objects.requireNonNull(ecsUuid, "ecsUuid");
                Objects.requireNonNull(storageUuid, "storageUuid");
                Objects.requireNonNull(edit, "edit");
                edit.credentials().ifPresent(StorageRules::requireCredentials);
            }
        }

        /** The current storage, for interactive defaults. */
        ViewStorage.Result current(UUID ecsUuid, UUID storageUuid);

        CreateStorage.Result edit(Request request);
    }

    /** delete-ecs-storage (HTTP ECS only). */
    public interface DeleteStorage {
        record Result(Ecs ecs, UUID storageUuid, String message) { }

        Result delete(UUID ecsUuid, UUID storageUuid);
    }

    /** The reference's provider rules, checked before any request (the ECS checks them again). */
    public static final class StorageRules {
        private StorageRules() { }

        /**
         * r2 requires an endpoint URL and region {@code auto}; s3 forbids an endpoint URL and region {@code auto}.
         *
         * @throws InvalidRequestException naming the broken rule
         */
        public static void require(String name, String provider, String bucket, String region, String endpoint) {
            InvalidRequestException.require(name != null && !name.isBlank(), "the storage name must not be empty");
            InvalidRequestException.require("s3".equals(provider) || "r2".equals(provider), "the provider must be s3 or r2");
            InvalidRequestException.require(bucket != null && !bucket.isBlank(), "the bucket name must not be empty");
            InvalidRequestException.require(region != null && !region.isBlank(), "the region must not be empty");
            boolean hasEndpoint = endpoint != null && !endpoint.isBlank();
            if ("r2".equals(provider)) {
                InvalidRequestException.require(hasEndpoint, "an r2 storage needs an endpoint URL (--endpoint-url)");
                InvalidRequestException.require("auto".equals(region), "an r2 storage needs the region auto");
            } else {
                InvalidRequestException.require(!hasEndpoint, "an s3 storage takes no endpoint URL (the regional endpoint is used)");
                InvalidRequestException.require(!"auto".equals(region), "the region auto is for r2; give the bucket's AWS region");
            }
        }

        /** Both halves of a credential pair are given and not blank. */
        public static void requireCredentials(Credentials c) {
            InvalidRequestException.require(c.accessKeyId() != null && !c.accessKeyId().isBlank()
                    && c.secretAccessKey() != null && !c.secretAccessKey().isBlank(),
                    "the access key ID and the secret access key go together: give both");
        }
    }
}
