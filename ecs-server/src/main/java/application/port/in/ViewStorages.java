package application.port.in;

import application.Caller;
import application.model.StorageRecord;
import java.util.List;
import java.util.UUID;

/** The storages a caller may use: the internal storage and their own BYOS storages. */
public interface ViewStorages {
    /** The internal storage first, then the caller's BYOS storages by name. */
    List<StorageRecord> list(Caller caller);

    /** @throws application.failure.NotFound when the storage is neither internal nor the caller's */
    StorageRecord view(Caller caller, UUID storageUuid);
}
