package application.model;

import domain.ecs.DeltaRecord;
import domain.ecs.KeyLedger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One key as loaded from the store: its registration and storage, the domain ledger (iterations, latest
 * claimed positions, Deltas) and the payload facts of each Delta by Delta UUID.
 */
public record KeyState(StoredKey stored, KeyLedger ledger, Map<UUID, DeltaFacts> payloads) {
    /** Requires the key and ledger; copies the payload facts. */
    public KeyState {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(ledger, "ledger");
        payloads = Map.copyOf(payloads);
    }

    /** The registered Delta with that UUID, if any. */
    public Optional<DeltaRecord> delta(UUID deltaUuid) {
        return ledger.deltas().stream().filter(d -> d.deltaUuid().equals(deltaUuid)).findFirst();
    }
}
