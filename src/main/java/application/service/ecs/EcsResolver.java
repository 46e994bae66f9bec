package application.service.ecs;

import application.port.in.OmegaSafeException;
import application.port.out.EcsConnector;
import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.EcsSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds the ECS a command should use and opens a session to it. */
public final class EcsResolver {
    private final EcsDirectory directory;
    private final EcsConnector connector;

    public EcsResolver(EcsDirectory directory, EcsConnector connector) {
        this.directory = directory;
        this.connector = connector;
    }

    /** The configured entry {@code uuid}, or a failure that says how to list or create one. */
    public EcsEntry require(UUID uuid) {
        return directory.find(uuid).orElseThrow(() -> new OmegaSafeException(
                "no ECS with UUID " + uuid + " is configured on this device",
                "run 'omegasafe list-ecs' to see the configured ECS entries, or create one with "
                        + "'omegasafe create-sfc-ecs'"));
    }

    /**
     * The reference's order for commands that may omit {@code --ecs-uuid}: the explicit UUID, else
     * ECS_UUID_DEFAULT, else the only configured ECS; several and no default stops with a request to choose.
     */
    public EcsEntry choose(Optional<UUID> explicit, Optional<UUID> configuredDefault) {
        if (explicit.isPresent()) return require(explicit.get());
        if (configuredDefault.isPresent()) {
            return directory.find(configuredDefault.get()).orElseThrow(() -> new OmegaSafeException(
                    "ECS_UUID_DEFAULT names ECS " + configuredDefault.get() + ", which is not configured",
                    "pass --ecs-uuid, or fix the default with 'omegasafe set-config --ecs-uuid-default <uuid>' "
                            + "or '--clear-ecs-uuid-default'"));
        }
        List<EcsEntry> all = directory.list();
        if (all.isEmpty()) {
            throw new OmegaSafeException("no ECS is configured on this device",
                    "create one first: omegasafe create-sfc-ecs --ecs-name local --confirm-sfc-ecs");
        }
        if (all.size() > 1) {
            throw new OmegaSafeException(all.size() + " ECS entries are configured and none is the default",
                    "pass --ecs-uuid <uuid> (see 'omegasafe list-ecs'), or set a default with "
                            + "'omegasafe set-config --ecs-uuid-default <uuid>'");
        }
        return all.get(0);
    }

    public EcsSession connect(EcsEntry entry) {
        return connector.connect(entry);
    }

    public Optional<EcsEntry> find(UUID uuid) {
        return directory.find(uuid);
    }
}
