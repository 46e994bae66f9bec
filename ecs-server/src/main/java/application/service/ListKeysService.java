package application.service;

import application.Caller;
import application.model.KeyState;
import application.port.in.KeyView;
import application.port.in.ListKeys;
import application.port.out.KeyLedgerStore;
import application.port.out.RelationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The keys the caller has a relation to (the relation is the authorisation). */
public final class ListKeysService implements ListKeys {
    private final KeyLedgerStore ledgers;
    private final RelationStore relations;
    private final KeyViews views;

    /** Wires the ports. */
    public ListKeysService(KeyLedgerStore ledgers, RelationStore relations, KeyViews views) {
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.relations = Objects.requireNonNull(relations, "relations");
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public List<KeyView> list(Caller caller) {
        List<KeyView> out = new ArrayList<>();
        for (KeyState state : ledgers.relatedTo(caller.userUuid())) {
            relations.find(caller.userUuid(), state.stored().keyUuid()).ifPresent(g -> out.add(views.of(state, g)));
        }
        out.sort(Comparator.comparing(KeyView::keyName).thenComparing(KeyView::keyUuid));
        return out;
    }
}
