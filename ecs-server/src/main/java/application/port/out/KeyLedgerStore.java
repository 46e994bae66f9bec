package application.port.out;

import application.model.DeltaFacts;
import application.model.KeyState;
import application.model.StoredKey;
import domain.ecs.RegisteredKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keys with their iterations (the Alpha and the Deltas), latest claimed positions and Delta payload facts:
 * the persistent form of {@link domain.ecs.KeyLedger}. Claims themselves go through {@link ClaimStore}.
 */
public interface KeyLedgerStore {
    /**
     * Registers a key, its Alpha iteration with pointer {@code alphaLatest} (normally {@code -1}) and the
     * Owner relation of its creator, in one transaction.
     *
     * @return false when the key UUID is taken (nothing changed)
     */
    boolean register(StoredKey key, long alphaLatest, UUID ownerRelationUuid);

    /** The key with its ledger and Delta payload facts. */
    Optional<KeyState> load(UUID keyUuid);

    /** Every key {@code userUuid} has a relation to. */
    List<KeyState> relatedTo(UUID userUuid);

    /** Saves a changed name, version or storage of a key (never its identity or shape). */
    void update(StoredKey key);

    /**
     * Deletes the key, its iterations, claims, relations, invitations and upload attempts, and leaves a
     * tombstone so the witness of a deleted key does not fence it, in one transaction.
     *
     * @return false when there was no such key
     */
    boolean delete(UUID keyUuid);

    /** True when {@code keyUuid} belonged to a deleted key. */
    boolean wasDeleted(UUID keyUuid);

    /**
     * Registers a published Delta (its iteration, with pointer {@code initialLatest}) and marks the upload
     * attempt that carried it as confirmed, in one transaction. The unique (key, seq) and (key, iteration
     * UUID) decide between concurrent publications.
     *
     * @return false when another Delta took the sequence number or the Delta is already registered (nothing
     *         changed: reload and ask the ledger why)
     */
    boolean publishDelta(RegisteredKey key, DeltaFacts delta, long initialLatest, UUID attemptUuid);

    /** Latest claimed position by iteration seq, for each of the given keys that exists. */
    Map<UUID, Map<Integer, Long>> pointers(Set<UUID> keyUuids);

    /** Latest claimed position by iteration seq, for every key. */
    Map<UUID, Map<Integer, Long>> allPointers();

    /** Moves iteration pointers forward (never back) to {@code positions} (seq → position). */
    void fastForward(UUID keyUuid, Map<Integer, Long> positions);
}
