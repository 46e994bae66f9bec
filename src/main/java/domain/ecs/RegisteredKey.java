package domain.ecs;

import domain.key.KeyShape;
import java.util.Objects;
import java.util.UUID;

/**
 * What an ECS knows about a key: identity, display name, the shape that fixes its iteration capacity C,
 * the Alpha iteration UUID and the version that created it. Never any key material (reference: the
 * server coordinates claims without the Alpha).
 *
 * @param keyName display name in the ECS, 1..200 characters
 */
public record RegisteredKey(UUID keyUuid, String keyName, KeyShape shape, UUID alphaIterationUuid,
                            String omegasafeVersion) {
    /** Longest key name an ECS accepts, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    public RegisteredKey {
        Objects.requireNonNull(keyUuid, "keyUuid");
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(alphaIterationUuid, "alphaIterationUuid");
        if (keyName.isBlank() || keyName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("key name must have 1.." + MAX_NAME_LENGTH + " characters");
        }
        shape.iterationCapacity();
    }

    /** C, the positions of one iteration ({@link KeyShape#iterationCapacity()}). */
    public long iterationCapacity() {
        return shape.iterationCapacity();
    }

    /** The same registration under another display name. */
    public RegisteredKey withName(String name) {
        return new RegisteredKey(keyUuid, name, shape, alphaIterationUuid, omegasafeVersion);
    }

    /** The same registration with another version value. */
    public RegisteredKey withVersion(String version) {
        return new RegisteredKey(keyUuid, keyName, shape, alphaIterationUuid, version);
    }
}
