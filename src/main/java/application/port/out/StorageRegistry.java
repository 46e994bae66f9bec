package application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Delta storages an ECS offers (reference: Bring Your Own Storage) and a key's internal-storage limits. An HTTP
 * ECS lists its internal storage and the caller's BYOS storages; an SFC ECS keeps Delta payloads beside its file and
 * has no storage entries ({@link #NONE}). Credentials go to the ECS and never come back.
 */
public interface StorageRegistry {
    /** The registry of an SFC ECS: no storages; every other operation is refused. */
    StorageRegistry NONE = new StorageRegistry() {
        @Override
        public List<Storage> list() { return List.of(); }

        @Override
        public Optional<Storage> find(UUID storageUuid) { return Optional.empty(); }

        @Override
        public StorageChange create(StorageSpec spec) { throw new UnsupportedOperationException("an SFC ECS has no storages"); }

        @Override
        public StorageChange edit(UUID storageUuid, StorageEdit edit) { throw new UnsupportedOperationException("an SFC ECS has no storages"); }

        @Override
        public String delete(UUID storageUuid) { throw new UnsupportedOperationException("an SFC ECS has no storages"); }

        @Override
        public StorageLimits limits(UUID keyUuid) { throw new UnsupportedOperationException("an SFC ECS has no storage limits"); }
    };

    /**
     * Every storage available for new keys, the internal storage first.
     *
     * @throws EcsUnavailableException    when the backend cannot be reached
     * @throws EcsAuthenticationException when it refuses the credentials
     */
    List<Storage> list();

    /** One storage, if the ECS has it and lets this caller see it. */
    Optional<Storage> find(UUID storageUuid);

    /**
     * Creates a BYOS storage; the ECS verifies the credentials with LIST, PUT and GET on a temporary object (DELETE
     * is tried too; its failure is a warning).
     *
     * @throws EcsRejectedException when the values break the provider rules or the verification fails
     */
    StorageChange create(StorageSpec spec);

    /** Changes a BYOS storage (verified again). @throws EcsRejectedException as {@link #create} */
    StorageChange edit(UUID storageUuid, StorageEdit edit);

    /**
     * Deletes a BYOS storage; returns the ECS's message.
     *
     * @throws EcsRejectedException when a key still uses it, or it is the internal storage
     */
    String delete(UUID storageUuid);

    /** A key's usage of internal storage and its limits (key-storage-limits). */
    StorageLimits limits(UUID keyUuid);
}
