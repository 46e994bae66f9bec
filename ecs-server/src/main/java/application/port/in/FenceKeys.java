package application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The operator's fence command: fast-forwards fenced keys to their witness and lifts the fence, so their
 * claims resume after every position the witness saw.
 */
public interface FenceKeys {
    /**
     * One fenced key after the command.
     *
     * @param fastForwarded iteration seq → the pointer it now has
     * @param pendingFloors floors of iterations the database does not have (applied when they are registered)
     */
    record Outcome(UUID keyUuid, boolean keyExists, Map<Integer, Long> fastForwarded, Map<Integer, Long> pendingFloors) { }

    /**
     * @param keyUuid one key, or empty for every fenced key
     * @return one outcome per key the command lifted the fence of (empty when none was fenced)
     */
    List<Outcome> fence(Optional<UUID> keyUuid);
}
