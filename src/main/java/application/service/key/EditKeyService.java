package application.service.key;

import application.port.in.EditKeyUseCase;
import application.port.in.failure.EcsFailure;
import application.port.in.failure.FailureException;
import application.port.out.Configuration;
import application.port.out.EcsEntry;
import application.port.out.EcsKeyInfo;
import application.port.out.EcsSession;
import application.port.out.EcsType;
import application.port.out.Storage;
import application.service.shared.EcsResolver;
import application.service.shared.LocalKeys;
import java.util.UUID;

/**
 * edit-key (reference): requires the local Alpha, resolves the key's ECS from this device's records, refuses an SFC
 * ECS (it keeps no key metadata) and a move from BYOS back to internal storage (not supported by the API), and
 * reports a move from internal storage to BYOS for confirmation (the ECS does not move Delta files).
 */
public final class EditKeyService implements EditKeyUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final EcsResolver ecs;

    public EditKeyService(Configuration configuration, LocalKeys keys, EcsResolver ecs) {
        this.configuration = configuration;
        this.keys = keys;
        this.ecs = ecs;
    }

    private record Context(EcsEntry entry, EcsSession session, EcsKeyInfo info) { }

    private Context context(UUID keyUuid) {
        configuration.load();
        keys.requireAlpha(keyUuid);
        EcsEntry entry = ecs.requireFor(keyUuid);
        if (entry.type() == EcsType.SFC) throw new FailureException(new EcsFailure.WrongType(entry.uuid(), entry.name(), "SFC", "edit-key"));
        EcsSession session = ecs.connect(entry);
        EcsKeyInfo info = session.keys().describe(keyUuid).orElseThrow(() -> new FailureException(
                new application.port.in.failure.KeyFailure.NotRegisteredInEcs(keyUuid, entry.uuid(), entry.name())));
        return new Context(entry, session, info);
    }

    @Override
    public Check check(Request request) {
        Context c = context(request.keyUuid());
        if (request.edit().storageUuid().isEmpty() || request.edit().storageUuid().get().equals(c.info().storageUuid())) {
            return new Check(false, c.info().storageName(), c.info().storageName());
        }
        UUID target = request.edit().storageUuid().get();
        Storage to = c.session().storages().find(target)
                .orElseThrow(() -> new FailureException(new EcsFailure.StorageNotFound(c.entry().uuid(), target)));
        boolean fromInternal = Boolean.TRUE.equals(c.info().storageIsInternal());
        if (!fromInternal && to.internal()) throw new FailureException(new EcsFailure.BackToInternalStorage(request.keyUuid()));
        return new Check(fromInternal && !to.internal(), c.info().storageName(), to.name());
    }

    @Override
    public Result edit(Request request) {
        Context c = context(request.keyUuid());
        String message = c.session().keys().edit(request.keyUuid(), request.edit());
        return new Result(request.keyUuid(), c.entry().uuid(), c.entry().name(), message);
    }
}
