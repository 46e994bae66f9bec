package application.port.out;

import domain.ecs.RegisteredKey;
import java.util.Optional;
import java.util.UUID;

/** Key registrations held by an ECS. */
public interface KeyRegistry {

    /**
     * Registers a new key. The Alpha iteration (seq 0) exists from then on with nothing claimed.
     *
     * @throws EcsException when a key with that UUID is already registered
     * @throws EcsUnavailableException when the backend cannot be reached
     */
    void register(RegisteredKey key);

    /** The registration of {@code keyUuid}, if the ECS knows it. */
    Optional<RegisteredKey> find(UUID keyUuid);

    /** Removes the key, its claims and its Deltas; returns false when it was not registered. */
    boolean delete(UUID keyUuid);
}
