package application.service;

import application.model.KeyState;
import application.port.in.FenceKeys;
import application.port.out.FenceStore;
import application.port.out.KeyLedgerStore;
import domain.ecs.KeyLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The operator's fence: for each fenced key, moves every existing iteration's pointer forward to its floor
 * (the witness value; {@link KeyLedger#fastForwardTo}, never back), keeps floors of iterations the database
 * lacks for when they are registered, and lifts the fence.
 */
public final class FenceKeysService implements FenceKeys {
    private final FenceStore fences;
    private final KeyLedgerStore ledgers;

    /** Wires the ports. */
    public FenceKeysService(FenceStore fences, KeyLedgerStore ledgers) {
        this.fences = Objects.requireNonNull(fences, "fences");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
    }

    @Override
    public List<Outcome> fence(Optional<UUID> keyUuid) {
        Set<UUID> fenced = fences.fenced();
        List<UUID> keys = keyUuid.map(k -> fenced.contains(k) ? List.of(k) : List.<UUID>of())
                .orElseGet(() -> new ArrayList<>(fenced));
        List<Outcome> out = new ArrayList<>();
        for (UUID key : keys) {
            Map<Integer, Long> floors = fences.floors(key);
            Optional<KeyState> state = ledgers.load(key);
            Map<Integer, Long> moved = new TreeMap<>();
            Map<Integer, Long> pending = new TreeMap<>();
            if (state.isPresent()) {
                KeyLedger ledger = state.get().ledger();
                for (var f : floors.entrySet()) {
                    if (ledger.latestClaimed(f.getKey()).isPresent()) {
                        ledger = ledger.fastForwardTo(f.getKey(), f.getValue());
                        moved.put(f.getKey(), ledger.latestClaimed(f.getKey()).getAsLong());
                    } else {
                        pending.put(f.getKey(), f.getValue());
                    }
                }
                ledgers.fastForward(key, moved);
            } else {
                pending.putAll(floors);
            }
            fences.lift(key);
            out.add(new Outcome(key, state.isPresent(), moved, pending));
        }
        return out;
    }
}
