package adapters.out.ecs;

import adapters.out.ecs.http.HttpEcs;
import adapters.out.ecs.sfc.SfcEcs;
import adapters.out.fs.SecureContainer;
import application.port.out.EcsConnector;
import application.port.out.EcsEntry;
import application.port.out.EcsSession;
import application.port.out.HttpEcsEntry;
import application.port.out.SfcEcsEntry;
import application.port.out.StorageRegistry;
import java.util.function.Supplier;

/**
 * {@link EcsConnector} choosing the adapter by entry type; SFC ECS files use the root's configuration password. The HTTP
 * adapter (and its HTTP client) is loaded only when an HTTP entry is connected or prepared.
 */
public final class EcsConnectors implements EcsConnector {
    private final Supplier<String> configPassword;

    public EcsConnectors(Supplier<String> configPassword) {
        this.configPassword = configPassword;
    }

    @Override
    public EcsSession connect(EcsEntry entry) {
        return switch (entry) {
            case SfcEcsEntry s -> {
                SfcEcs sfc = new SfcEcs(new SecureContainer(s.path(), configPassword));
                yield new EcsSession(entry, sfc, sfc, sfc, StorageRegistry.NONE);
            }
            case HttpEcsEntry h -> HttpEcs.session(h);
        };
    }

    @Override
    public java.util.Optional<String> localProblem(EcsEntry entry) {
        return switch (entry) {
            case SfcEcsEntry s -> SfcEcs.check(new SecureContainer(s.path(), configPassword));
            case HttpEcsEntry h -> java.util.Optional.empty();
        };
    }

    @Override
    public void move(SfcEcsEntry entry, java.nio.file.Path target) {
        SfcEcs.move(new SecureContainer(entry.path(), configPassword), target);
    }

    @Override
    public Prepared prepare(EcsEntry entry) {
        return switch (entry) {
            case SfcEcsEntry s -> SfcEcs.initialise(new SecureContainer(s.path(), configPassword)) ? Prepared.CREATED : Prepared.ATTACHED;
            case HttpEcsEntry h -> {
                HttpEcs.verify(h);
                yield Prepared.VERIFIED;
            }
        };
    }
}
