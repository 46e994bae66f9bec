package application.service;

import application.Caller;
import application.failure.InternalStorageImmutable;
import application.failure.StorageInUse;
import application.model.StorageRecord;
import application.port.in.DeleteStorage;
import application.port.out.StorageDirectory;
import java.util.Objects;
import java.util.UUID;

/** Deletes a BYOS storage entry of its owner unless a key uses it; the bucket and its objects stay. */
public final class DeleteStorageService implements DeleteStorage {
    private final StorageDirectory storages;

    /** Wires the port. */
    public DeleteStorageService(StorageDirectory storages) {
        this.storages = Objects.requireNonNull(storages, "storages");
    }

    @Override
    public void delete(Caller caller, UUID storageUuid) {
        StorageRecord storage = ViewStoragesService.visible(storages, caller, storageUuid);
        if (storage.internal()) throw new InternalStorageImmutable("the internal storage cannot be deleted");
        int users = storages.deleteUnlessUsed(storageUuid);
        if (users > 0) throw new StorageInUse(users);
    }
}
