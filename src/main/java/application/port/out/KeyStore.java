package application.port.out;

import domain.key.KeyIteration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local key container ({@code omegasafe_keys.sfc}): Alpha and Delta iterations of every key this
 * root can use. Updates are atomic and safe against other processes on the same root.
 */
public interface KeyStore {

    /**
     * Saves an iteration; saving one whose UUID is already stored changes nothing.
     *
     * @return true when the iteration was added, false when it was already stored
     * @throws IllegalStateException when the key already has a different iteration with the same seq
     */
    boolean save(KeyIteration iteration);

    /** Every iteration of the key, ordered by seq (empty when the key is unknown). */
    List<KeyIteration> iterations(UUID keyUuid);

    /** The iteration {@code seq} of the key, if present locally. */
    Optional<KeyIteration> find(UUID keyUuid, int seq);

    /** UUIDs of every key with a local Alpha, in creation order. */
    List<UUID> keysWithAlpha();

    /** Removes one iteration (used to roll back a failed renewal); false if absent. */
    boolean deleteIteration(UUID keyUuid, UUID iterationUuid);

    /** Removes every iteration of the key; false if none existed. */
    boolean deleteKey(UUID keyUuid);
}
