package application.service;

import application.port.in.DetectRestoredDatabase;
import application.port.out.FenceStore;
import application.port.out.KeyLedgerStore;
import application.port.out.Witness;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Compares the witness with the database on start. A key whose witness holds a higher claimed position for
 * an iteration than the database (and than the iteration's floor) was claimed further than the database
 * remembers, so the database was restored from an older backup: the key is fenced, with the witness values
 * as its floors, before any claim is served. Deleted keys are skipped (their tombstone says why they are gone).
 */
public final class DetectRestoredDatabaseService implements DetectRestoredDatabase {
    private final Witness witness;
    private final KeyLedgerStore ledgers;
    private final FenceStore fences;

    /** Wires the ports. */
    public DetectRestoredDatabaseService(Witness witness, KeyLedgerStore ledgers, FenceStore fences) {
        this.witness = Objects.requireNonNull(witness, "witness");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.fences = Objects.requireNonNull(fences, "fences");
    }

    @Override
    public Set<UUID> check() {
        Map<UUID, Map<Integer, Long>> seen = witness.readAll();
        Map<UUID, Map<Integer, Long>> database = ledgers.allPointers();
        Map<UUID, Map<Integer, Long>> floors = fences.allFloors();
        Set<UUID> fenced = new HashSet<>();
        for (var key : seen.entrySet()) {
            UUID keyUuid = key.getKey();
            Map<Integer, Long> have = database.getOrDefault(keyUuid, Map.of());
            if (have.isEmpty() && !database.containsKey(keyUuid) && ledgers.wasDeleted(keyUuid)) continue;
            Map<Integer, Long> floor = floors.getOrDefault(keyUuid, Map.of());
            Map<Integer, Long> ahead = new HashMap<>();
            for (var it : key.getValue().entrySet()) {
                long known = Math.max(have.getOrDefault(it.getKey(), Long.MIN_VALUE), floor.getOrDefault(it.getKey(), Long.MIN_VALUE));
                if (it.getValue() > known) ahead.put(it.getKey(), it.getValue());
            }
            if (!ahead.isEmpty()) {
                fences.fence(keyUuid, ahead);
                fenced.add(keyUuid);
            }
        }
        return fenced;
    }
}
