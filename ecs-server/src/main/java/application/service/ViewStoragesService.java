package application.service;

import application.Caller;
import application.failure.NotFound;
import application.model.StorageRecord;
import application.port.in.ViewStorages;
import application.port.out.StorageDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The internal storage (visible to everyone) and the caller's own BYOS storages (visible to their owner only). */
public final class ViewStoragesService implements ViewStorages {
    private final StorageDirectory storages;

    /** Wires the port. */
    public ViewStoragesService(StorageDirectory storages) {
        this.storages = Objects.requireNonNull(storages, "storages");
    }

    @Override
    public List<StorageRecord> list(Caller caller) {
        List<StorageRecord> out = new ArrayList<>();
        out.add(storages.internal());
        out.addAll(storages.ownedBy(caller.userUuid()));
        return out;
    }

    @Override
    public StorageRecord view(Caller caller, UUID storageUuid) {
        return visible(storages, caller, storageUuid);
    }

    /** The rule for storages: the internal one, or one the caller owns; anything else is not found. */
    static StorageRecord visible(StorageDirectory storages, Caller caller, UUID storageUuid) {
        return storages.find(storageUuid)
                .filter(s -> s.internal() || caller.userUuid().equals(s.ownerUserUuid()))
                .orElseThrow(() -> new NotFound("storage " + storageUuid + " not found"));
    }
}
