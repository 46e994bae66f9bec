package application.service.key;

import application.port.in.PullMissingDeltasUseCase;
import application.port.out.Configuration;
import application.port.out.Settings;
import application.service.delta.DeltaSync;
import application.service.shared.EcsResolver;
import application.service.shared.LocalKeys;
import java.util.UUID;

/** pull-missing-deltas: every Delta the key's ECS lists and this device lacks, in order (D7). */
public final class PullMissingDeltasService implements PullMissingDeltasUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final EcsResolver ecs;
    private final DeltaSync deltas;

    public PullMissingDeltasService(Configuration configuration, LocalKeys keys, EcsResolver ecs, DeltaSync deltas) {
        this.configuration = configuration;
        this.keys = keys;
        this.ecs = ecs;
        this.deltas = deltas;
    }

    @Override
    public Result pull(UUID keyUuid) {
        Settings settings = configuration.load();
        keys.requireAlpha(keyUuid);
        var pulled = deltas.pull(keyUuid, ecs.connectFor(keyUuid), Integer.MAX_VALUE, settings.traditionalLayerPassword());
        return new Result(keyUuid, pulled.stream().map(p -> new Missing(p.delta().seq(), p.delta().deltaUuid(), p.imported())).toList());
    }
}
