package application.port.in;

import application.Caller;
import java.util.UUID;

/** Deletes a BYOS storage entry of the caller (its bucket and objects stay). */
public interface DeleteStorage {
    /**
     * @throws application.failure.StorageInUse             when a key uses it
     * @throws application.failure.InternalStorageImmutable  for the internal storage
     */
    void delete(Caller caller, UUID storageUuid);
}
