package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.failure.IterationNotFound;
import application.failure.NotFound;
import application.model.KeyState;
import application.port.in.IterationView;
import application.port.in.ViewIteration;
import application.port.out.KeyLedgerStore;
import domain.ecs.DeltaRecord;
import domain.position.PositionRange;
import java.util.Objects;
import java.util.UUID;

/** One iteration of a key: the Alpha (seq 0) or a registered Delta. */
public final class ViewIterationService implements ViewIteration {
    private final KeyAccess access;
    private final KeyLedgerStore ledgers;

    /** Wires the rule and the port. */
    public ViewIterationService(KeyAccess access, KeyLedgerStore ledgers) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
    }

    @Override
    public IterationView view(Caller caller, UUID keyUuid, int seq) {
        access.require(caller, keyUuid, KeyPermission.VIEW);
        KeyState state = ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found"));
        long latest = state.ledger().latestClaimed(seq).orElseThrow(() -> new IterationNotFound(seq));
        UUID iterationUuid = seq == 0 ? state.stored().registration().alphaIterationUuid()
                : state.ledger().deltas().stream().filter(d -> d.seq() == seq).map(DeltaRecord::deltaUuid).findFirst()
                        .orElseThrow(() -> new IterationNotFound(seq));
        PositionRange own = state.ledger().positions(seq);
        return new IterationView(seq, iterationUuid, own.start(), own.end(), latest);
    }
}
