package adapters.out.ecs;

import adapters.out.ecs.sfc.SfcEcs;
import adapters.out.store.SecureContainer;
import application.port.out.EcsConnector;
import application.port.out.EcsEntry;
import application.port.out.EcsException;
import application.port.out.EcsSession;
import application.port.out.EcsType;
import java.nio.file.Path;
import java.util.function.Supplier;

/** {@link EcsConnector} choosing the adapter by entry type; SFC ECS files use the root's config password. */
public final class EcsConnectors implements EcsConnector {
    private final Supplier<String> configPassword;

    public EcsConnectors(Supplier<String> configPassword) {
        this.configPassword = configPassword;
    }

    @Override
    public EcsSession connect(EcsEntry entry) {
        if (entry.type() == EcsType.SFC) {
            SfcEcs sfc = new SfcEcs(new SecureContainer(Path.of(entry.path()), configPassword));
            return new EcsSession(entry, sfc, sfc, sfc);
        }
        throw new EcsException("HTTP ECS '" + entry.name() + "' cannot be used: HTTP ECS is not available in this version");
    }

    @Override
    public void initialise(EcsEntry entry) {
        if (entry.type() != EcsType.SFC) {
            throw new EcsException("HTTP ECS is not available in this version");
        }
        SfcEcs.initialise(new SecureContainer(Path.of(entry.path()), configPassword));
    }
}
