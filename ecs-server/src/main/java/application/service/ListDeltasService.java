package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.failure.NotFound;
import application.port.in.DeltaView;
import application.port.in.ListDeltas;
import application.port.out.KeyLedgerStore;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A key's Deltas in sequence order (reference Delta pulling semantics: clients compare them by seq and UUID). */
public final class ListDeltasService implements ListDeltas {
    private final KeyAccess access;
    private final KeyLedgerStore ledgers;

    /** Wires the rule and the port. */
    public ListDeltasService(KeyAccess access, KeyLedgerStore ledgers) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
    }

    @Override
    public List<DeltaView> list(Caller caller, UUID keyUuid) {
        access.require(caller, keyUuid, KeyPermission.VIEW);
        return DeltaViews.all(ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found")));
    }
}
