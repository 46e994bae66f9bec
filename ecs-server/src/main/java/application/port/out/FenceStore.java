package application.port.out;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fenced keys and position floors. A key is fenced when its witness was found ahead of the database (a
 * database restored from an older backup): every replica refuses its claims until an operator fences it.
 * A floor is the lowest pointer an iteration may have: the witness's value, applied to iterations that
 * exist and to those registered later.
 */
public interface FenceStore {
    /** Fences {@code keyUuid} and raises its floors to {@code floors} (seq → position), in one transaction. */
    void fence(UUID keyUuid, Map<Integer, Long> floors);

    /** True when the key is fenced. */
    boolean isFenced(UUID keyUuid);

    /** Every fenced key. */
    Set<UUID> fenced();

    /** The floors of a key (seq → lowest pointer). */
    Map<Integer, Long> floors(UUID keyUuid);

    /** Every floor, by key and seq. */
    Map<UUID, Map<Integer, Long>> allFloors();

    /** Lifts the fence of a key (its floors stay). */
    void lift(UUID keyUuid);
}
