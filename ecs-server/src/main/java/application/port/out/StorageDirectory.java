package application.port.out;

import application.model.StorageRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage rows: the one internal storage and the users' BYOS storages (credentials sealed). */
public interface StorageDirectory {
    /** The internal storage (created by the schema migration). */
    StorageRecord internal();

    /** The storage with that UUID. */
    Optional<StorageRecord> find(UUID storageUuid);

    /** The BYOS storages of a user, ordered by name. */
    List<StorageRecord> ownedBy(UUID userUuid);

    /** Adds a BYOS storage. */
    void add(StorageRecord storage);

    /** Saves a changed BYOS storage. */
    void update(StorageRecord storage);

    /**
     * Deletes a BYOS storage unless a key uses it, decided atomically.
     *
     * @return the number of keys that use it: 0 means it was deleted
     */
    int deleteUnlessUsed(UUID storageUuid);
}
