package application.service;

import application.failure.EcsFailure;
import application.port.in.FlushWitness;
import application.port.out.ChangedKeys;
import application.port.out.KeyLedgerStore;
import application.port.out.Witness;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the pointers of changed keys to the witness, behind the claims: it reads them from the database (so
 * a witness value is never ahead of a healthy database) and skips values it wrote before. A key whose write
 * fails stays pending, so claims never wait for the witness and the witness catches up when it answers again.
 */
public final class FlushWitnessService implements FlushWitness {
    private final ChangedKeys changed;
    private final KeyLedgerStore ledgers;
    private final Witness witness;
    private final Map<String, Long> written = new ConcurrentHashMap<>();

    /** Wires the ports. */
    public FlushWitnessService(ChangedKeys changed, KeyLedgerStore ledgers, Witness witness) {
        this.changed = Objects.requireNonNull(changed, "changed");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.witness = Objects.requireNonNull(witness, "witness");
    }

    @Override
    public synchronized int flush() {
        Set<UUID> keys = changed.drain();
        if (keys.isEmpty()) return 0;
        Set<UUID> pending = new HashSet<>(keys);
        int count = 0;
        try {
            Map<UUID, Map<Integer, Long>> pointers = ledgers.pointers(keys);
            pending.retainAll(pointers.keySet());   // deleted keys need no witness
            for (var key : pointers.entrySet()) {
                for (var it : key.getValue().entrySet()) {
                    String id = key.getKey() + "/" + it.getKey();
                    Long before = written.get(id);
                    if (before != null && before >= it.getValue()) continue;
                    witness.record(key.getKey(), it.getKey(), it.getValue());
                    written.put(id, it.getValue());
                    count++;
                }
                pending.remove(key.getKey());
            }
        } catch (EcsFailure e) {
            pending.forEach(changed::mark);
            throw e;
        }
        return count;
    }
}
