package application.port.out;

import domain.ecs.DeltaRecord;
import java.util.List;
import java.util.UUID;

/**
 * Delta iterations held by an ECS: their records and their encrypted payloads (encrypted files whose
 * positions are the Alpha's; never plaintext key material). Payloads travel as bytes: an encrypted Delta is
 * at most a few MiB and never more than {@link #MAX_PAYLOAD_BYTES}.
 */
public interface DeltaRegistry {
    /**
     * Largest encrypted Delta payload an ECS accepts, in bytes: 10 MiB (reference: "HTTP ECS Delta uploads are
     * limited to 10 MiB for internal and BYOS storage").
     */
    int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    /**
     * Registers {@code delta} with its encrypted payload. Sequence numbers are dense: the new Delta must have
     * seq = latest + 1. Publishing the same Delta (UUID and seq) again with the same payload succeeds.
     *
     * @throws DeltaConflictException   when another Delta already has that sequence number, or it is not the next
     * @throws IllegalArgumentException when the payload is empty or larger than {@link #MAX_PAYLOAD_BYTES}
     * @throws EcsUnavailableException  when the backend cannot be reached
     */
    void publish(DeltaRecord delta, byte[] encryptedPayload);

    /**
     * Every Delta of the key, ordered by sequence number.
     *
     * @throws EcsException when the key is not registered
     */
    List<DeltaRecord> list(UUID keyUuid);

    /**
     * The encrypted payload of {@code deltaUuid}, exactly as published.
     *
     * @throws EcsException            when the ECS has no such Delta or its payload is missing
     * @throws EcsUnavailableException when the backend or its storage cannot be reached
     */
    byte[] download(UUID keyUuid, UUID deltaUuid);
}
