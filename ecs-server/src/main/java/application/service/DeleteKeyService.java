package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.failure.NotFound;
import application.model.KeyState;
import application.model.StorageLocation;
import application.port.in.DeleteKey;
import application.port.out.DeltaObjectStore;
import application.port.out.KeyLedgerStore;
import application.port.out.StorageDirectory;
import domain.ecs.DeltaRecord;
import java.util.Objects;
import java.util.UUID;

/**
 * Deletes a key (reference delete-key): the database rows first (claims, Deltas, relations, invitations),
 * then its Delta objects from its storage, best effort.
 */
public final class DeleteKeyService implements DeleteKey {
    private final KeyAccess access;
    private final KeyLedgerStore ledgers;
    private final StorageDirectory storages;
    private final Locations locations;
    private final DeltaObjectStore objects;

    /** Wires the rule and the ports. */
    public DeleteKeyService(KeyAccess access, KeyLedgerStore ledgers, StorageDirectory storages, Locations locations,
                            DeltaObjectStore objects) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.storages = Objects.requireNonNull(storages, "storages");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.objects = Objects.requireNonNull(objects, "objects");
    }

    @Override
    public Result delete(Caller caller, UUID keyUuid) {
        access.require(caller, keyUuid, KeyPermission.DELETE);
        KeyState state = ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found"));
        StorageLocation location = locations.of(storages.find(state.stored().storageUuid()).orElseThrow());
        if (!ledgers.delete(keyUuid)) throw new NotFound("key " + keyUuid + " not found");
        int deleted = 0;
        int failed = 0;
        for (DeltaRecord d : state.ledger().deltas()) {
            if (objects.delete(location, location.deltaObjectKey(keyUuid, d.deltaUuid()))) deleted++;
            else failed++;
        }
        return new Result(deleted, failed);
    }
}
