package application.port.out;

import domain.ecs.RegisteredKey;
import java.util.Optional;
import java.util.UUID;

/** Key registrations held by an ECS. */
public interface KeyRegistry {

    /**
     * Registers a new key; its Delta payloads go to {@code storageUuid} (an HTTP ECS storage; empty: the ECS's
     * default, the only choice of an SFC ECS). The Alpha iteration (seq 0) exists from then on with nothing
     * claimed. Registering the same key again with the same values succeeds (an interrupted create-key retried).
     *
     * @throws EcsException            when another key with that UUID is registered, or the storage is refused
     * @throws EcsUnavailableException when the backend cannot be reached
     */
    void register(RegisteredKey key, Optional<UUID> storageUuid);

    /** The registration of {@code keyUuid}, if the ECS knows it (and lets this caller see it). */
    Optional<RegisteredKey> find(UUID keyUuid);

    /** What the ECS reports about the key (view-key's {@code ecs_key_data}), if it knows it. */
    Optional<EcsKeyInfo> describe(UUID keyUuid);

    /**
     * Changes the key's name, storage or version in the ECS (an HTTP ECS only; reference edit-key: name and version
     * for an Owner or Maintainer, storage for an Owner).
     *
     * @return the ECS's result message
     * @throws EcsPermissionException  when this account's role on the key does not allow the change
     * @throws EcsRejectedException    when the ECS refuses the values (for example BYOS back to internal storage)
     * @throws UnsupportedOperationException for an SFC ECS, which keeps no such metadata
     */
    String edit(UUID keyUuid, KeyEdit edit);

    /** Removes the key, its claims and its Deltas with their payload files; returns false when it was not registered. */
    boolean delete(UUID keyUuid);
}
