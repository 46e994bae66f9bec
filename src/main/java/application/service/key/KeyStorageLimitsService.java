package application.service.key;

import application.port.in.KeyStorageLimitsUseCase;
import application.port.in.failure.EcsFailure;
import application.port.in.failure.FailureException;
import application.port.out.Configuration;
import application.port.out.EcsEntry;
import application.port.out.EcsType;
import application.port.out.StorageLimits;
import application.service.shared.EcsResolver;
import application.service.shared.LocalKeys;
import java.util.UUID;

/** key-storage-limits (reference): the local Alpha is required; the key's HTTP ECS answers with usage and limits. */
public final class KeyStorageLimitsService implements KeyStorageLimitsUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final EcsResolver ecs;

    public KeyStorageLimitsService(Configuration configuration, LocalKeys keys, EcsResolver ecs) {
        this.configuration = configuration;
        this.keys = keys;
        this.ecs = ecs;
    }

    @Override
    public Result limits(UUID keyUuid) {
        configuration.load();
        keys.requireAlpha(keyUuid);
        EcsEntry entry = ecs.requireFor(keyUuid);
        if (entry.type() == EcsType.SFC) {
            throw new FailureException(new EcsFailure.WrongType(entry.uuid(), entry.name(), "SFC", "key-storage-limits"));
        }
        StorageLimits l = ecs.connect(entry).storages().limits(keyUuid);
        return new Result(entry.uuid(), entry.name(), keyUuid, l.message(), l.usage());
    }
}
