package application.port.out;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Delta iterations held by an ECS: their records and their encrypted payloads (Secure File Containers
 * encrypted with Alpha positions; never plaintext key material).
 */
public interface DeltaRegistry {

    /**
     * Registers {@code delta} and stores the encrypted payload read from {@code encryptedPayload}.
     * Sequence numbers are dense: the new Delta must have seq = latest + 1.
     *
     * @throws DeltaConflictException when a Delta with that sequence number already exists
     */
    void publish(DeltaRecord delta, Path encryptedPayload);

    /** Every Delta of the key, ordered by sequence number. */
    List<DeltaRecord> list(java.util.UUID keyUuid);

    /** Copies the encrypted payload of {@code deltaUuid} to {@code target} (which must not exist). */
    void download(UUID keyUuid, UUID deltaUuid, Path target);
}
