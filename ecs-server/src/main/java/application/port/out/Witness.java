package application.port.out;

import java.util.Map;
import java.util.UUID;

/**
 * A second, independent record of each key's highest claimed position per iteration, kept outside the
 * database (in the internal bucket), written behind the claims. It only ever grows: recording a lower
 * position than one recorded before changes nothing that {@link #readAll} returns.
 */
public interface Witness {
    /**
     * Records that iteration {@code seq} of {@code keyUuid} has claimed up to {@code latest}.
     *
     * @throws application.failure.StorageUnavailable when the witness storage does not answer
     */
    void record(UUID keyUuid, int seq, long latest);

    /**
     * The highest recorded position of every key and iteration.
     *
     * @throws application.failure.StorageUnavailable when the witness storage does not answer
     */
    Map<UUID, Map<Integer, Long>> readAll();
}
