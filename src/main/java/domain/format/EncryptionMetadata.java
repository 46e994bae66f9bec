package domain.format;

import java.util.Objects;
import java.util.UUID;

/**
 * The minimum needed to start decryption ({@code encryption_metadata.json}): the key and the global
 * position that encrypted the first byte of {@code encrypted_data}.
 */
public record EncryptionMetadata(UUID keyUuid, long globalPositionStart) {
    public EncryptionMetadata {
        Objects.requireNonNull(keyUuid, "keyUuid");
        if (globalPositionStart < 0) throw new IllegalArgumentException("global_position_start must be >= 0");
    }
}
