package application.service.ecs;

import application.port.in.EcsStorageUseCases;
import application.port.in.EcsStorageUseCases.CreateStorage;
import application.port.in.EcsStorageUseCases.DeleteStorage;
import application.port.in.EcsStorageUseCases.Ecs;
import application.port.in.EcsStorageUseCases.EditStorage;
import application.port.in.EcsStorageUseCases.ListStorages;
import application.port.in.EcsStorageUseCases.ViewStorage;
import application.port.in.failure.EcsFailure;
import application.port.in.failure.FailureException;
import application.port.out.Configuration;
import application.port.out.EcsEntry;
import application.port.out.EcsSession;
import application.port.out.EcsType;
import application.port.out.Storage;
import application.port.out.StorageChange;
import java.util.List;
import java.util.UUID;

/** The storage commands over an HTTP ECS's {@link application.port.out.StorageRegistry}, one small service each. */
public final class EcsStorageServices {
    /** The note of list-ecs-storages for an SFC ECS (reference: no per-storage listing model). */
    static final String SFC_NOTE = "An SFC ECS keeps Delta files beside its file; it has no storages.";
    /** The note of list-ecs-storages when an HTTP ECS lists none. */
    static final String NONE_NOTE = "No storages are configured on this ECS.";

    private EcsStorageServices() { }

    /** The entry and a session for a storage command; HTTP only unless {@code sfcAllowed}. */
    record Context(EcsEntry entry, EcsSession session) {
        Ecs ecs() { return new Ecs(entry.uuid(), entry.name(), entry.type().name()); }
    }

    static Context context(Configuration configuration, application.service.shared.EcsResolver ecs, UUID ecsUuid,
                           boolean sfcAllowed, String operation) {
        configuration.load();
        EcsEntry entry = ecs.require(ecsUuid);
        if (!sfcAllowed && entry.type() == EcsType.SFC) {
            throw new FailureException(new EcsFailure.WrongType(entry.uuid(), entry.name(), "SFC", operation));
        }
        return new Context(entry, ecs.connect(entry));
    }

    /** list-ecs-storages. */
    public record ListService(Configuration configuration, application.service.shared.EcsResolver ecs) implements ListStorages {
        @Override
        public Result list(UUID ecsUuid) {
            Context c = context(configuration, ecs, ecsUuid, true, "list-ecs-storages");
            if (c.entry().type() == EcsType.SFC) return new Result(c.ecs(), List.of(), SFC_NOTE);
            List<Storage> storages = c.session().storages().list();
            return new Result(c.ecs(), storages, storages.isEmpty() ? NONE_NOTE : null);
        }
    }

    /** view-ecs-storage. */
    public record ViewService(Configuration configuration, application.service.shared.EcsResolver ecs) implements ViewStorage {
        @Override
        public Result view(UUID ecsUuid, UUID storageUuid) {
            Context c = context(configuration, ecs, ecsUuid, false, "view-ecs-storage");
            Storage s = c.session().storages().find(storageUuid)
                    .orElseThrow(() -> new FailureException(new EcsFailure.StorageNotFound(ecsUuid, storageUuid)));
            return new Result(c.ecs(), s);
        }
    }

    /** create-ecs-storage. */
    public record CreateService(Configuration configuration, application.service.shared.EcsResolver ecs) implements CreateStorage {
        @Override
        public Result create(Request request) {
            Context c = context(configuration, ecs, request.ecsUuid(), false, "create-ecs-storage");
            StorageChange change = c.session().storages().create(request.spec());
            return new Result(c.ecs(), change.storage(), change.message(), change.warnings());
        }
    }

    /** edit-ecs-storage. */
    public record EditService(Configuration configuration, application.service.shared.EcsResolver ecs) implements EditStorage {
        @Override
        public ViewStorage.Result current(UUID ecsUuid, UUID storageUuid) {
            return new ViewService(configuration, ecs).view(ecsUuid, storageUuid);
        }

        @Override
        public CreateStorage.Result edit(Request request) {
            Context c = context(configuration, ecs, request.ecsUuid(), false, "edit-ecs-storage");
            Storage current = c.session().storages().find(request.storageUuid())
                    .orElseThrow(() -> new FailureException(new EcsFailure.StorageNotFound(request.ecsUuid(), request.storageUuid())));
            var e = request.edit();
            EcsStorageUseCases.StorageRules.require(e.name().orElse(current.name()), e.provider().orElse(current.provider()),
                    e.bucketName().orElse(current.bucketName()), e.region().orElse(current.region()),
                    e.endpointUrl().orElse(current.endpointUrl()));
            if (e.provider().isPresent() && !e.provider().get().equals(current.provider()) && e.credentials().isEmpty()) {
                throw new application.port.in.InvalidRequestException("a new provider needs new credentials: pass --access-key-id and "
                        + "--secret-access-key");
            }
            StorageChange change = c.session().storages().edit(request.storageUuid(), e);
            return new CreateStorage.Result(c.ecs(), change.storage(), change.message(), change.warnings());
        }
    }

    /** delete-ecs-storage. */
    public record DeleteService(Configuration configuration, application.service.shared.EcsResolver ecs) implements DeleteStorage {
        @Override
        public Result delete(UUID ecsUuid, UUID storageUuid) {
            Context c = context(configuration, ecs, ecsUuid, false, "delete-ecs-storage");
            return new Result(c.ecs(), storageUuid, c.session().storages().delete(storageUuid));
        }
    }
}
