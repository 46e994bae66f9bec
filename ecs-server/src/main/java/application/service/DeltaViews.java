package application.service;

import application.model.DeltaFacts;
import application.model.KeyState;
import application.port.in.DeltaView;
import domain.ecs.DeltaRecord;
import java.util.List;

/** Builds Delta views from a key's state: the ledger's iteration and pointer, the stored payload facts. */
final class DeltaViews {
    private DeltaViews() { }

    /** The view of one registered Delta. */
    static DeltaView of(KeyState state, DeltaRecord d) {
        DeltaFacts facts = state.payloads().get(d.deltaUuid());
        return new DeltaView(d.seq(), d.deltaUuid(), d.positions().start(), d.positions().end(),
                state.ledger().latestClaimed(d.seq()).orElseThrow(), facts == null ? 0 : facts.size(),
                facts == null ? "" : facts.contentMd5());
    }

    /** Every Delta in sequence order. */
    static List<DeltaView> all(KeyState state) {
        return state.ledger().deltas().stream().map(d -> of(state, d)).toList();
    }
}
