package application.service.shared;

import application.port.in.failure.EcsFailure;
import application.port.in.failure.FailureException;
import application.port.in.failure.KeyFailure;
import application.port.out.ClaimCacheStore;
import application.port.out.EcsConnector;
import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.EcsSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the ECS a command uses and opens a session to it. The one place that answers "which ECS holds this
 * key": the ECS recorded with the key on this device ({@link ClaimCacheStore#ecsOf}).
 */
public final class EcsResolver {
    private final EcsDirectory directory;
    private final EcsConnector connector;
    private final ClaimCacheStore cache;

    public EcsResolver(EcsDirectory directory, EcsConnector connector, ClaimCacheStore cache) {
        this.directory = directory;
        this.connector = connector;
        this.cache = cache;
    }

    /**
     * The configured entry {@code uuid}.
     *
     * @throws FailureException with {@link EcsFailure.NotConfigured} when there is none
     */
    public EcsEntry require(UUID uuid) {
        return directory.find(uuid).orElseThrow(() -> new FailureException(new EcsFailure.NotConfigured(uuid)));
    }

    /**
     * The reference's order for commands that may omit {@code --ecs-uuid}: the explicit UUID, else
     * ECS_UUID_DEFAULT, else the only configured ECS; several and no default stops with a request to choose.
     */
    public EcsEntry choose(Optional<UUID> explicit, Optional<UUID> configuredDefault) {
        if (explicit.isPresent()) return require(explicit.get());
        if (configuredDefault.isPresent()) {
            return directory.find(configuredDefault.get())
                    .orElseThrow(() -> new FailureException(new EcsFailure.DefaultMissing(configuredDefault.get())));
        }
        List<EcsEntry> all = directory.list();
        if (all.isEmpty()) throw new FailureException(new EcsFailure.NoneConfigured());
        if (all.size() > 1) throw new FailureException(new EcsFailure.Ambiguous(all.size()));
        return all.get(0);
    }

    /** The UUID of the ECS that holds the key on this device, if one is recorded. */
    public Optional<UUID> ecsOf(UUID keyUuid) {
        return cache.ecsOf(keyUuid);
    }

    /** The configured entry of the ECS that holds the key, if recorded and still configured. */
    public Optional<EcsEntry> entryOf(UUID keyUuid) {
        return ecsOf(keyUuid).flatMap(directory::find);
    }

    /**
     * The entry of the ECS that holds the key.
     *
     * @throws FailureException with {@link KeyFailure.NotLinkedToEcs} when none is recorded, or
     *                          {@link EcsFailure.NotConfigured} when the recorded ECS is no longer configured
     */
    public EcsEntry requireFor(UUID keyUuid) {
        return require(ecsOf(keyUuid).orElseThrow(() -> new FailureException(new KeyFailure.NotLinkedToEcs(keyUuid))));
    }

    /** A session to the ECS that holds the key (as {@link #requireFor}). */
    public EcsSession connectFor(UUID keyUuid) {
        return connect(requireFor(keyUuid));
    }

    /** See {@link EcsConnector#localProblem}. */
    public Optional<String> localProblem(EcsEntry entry) {
        return connector.localProblem(entry);
    }

    public EcsSession connect(EcsEntry entry) {
        return connector.connect(entry);
    }

    public Optional<EcsEntry> find(UUID uuid) {
        return directory.find(uuid);
    }

    /** Every configured entry, in creation order. */
    public List<EcsEntry> all() {
        return directory.list();
    }
}
