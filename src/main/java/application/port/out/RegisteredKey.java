package application.port.out;

import java.util.Objects;
import java.util.UUID;

/**
 * What an ECS knows about a key: identity, display name, the shape that fixes its iteration capacity
 * and the Alpha iteration UUID. Never any key material.
 */
public record RegisteredKey(UUID keyUuid, String keyName, long iterationCapacity, int nucleusMaps,
                            int rotorMaps, int rotorCount, UUID alphaIterationUuid, String omegasafeVersion) {
    public RegisteredKey {
        Objects.requireNonNull(keyUuid, "keyUuid");
        Objects.requireNonNull(alphaIterationUuid, "alphaIterationUuid");
        if (iterationCapacity < 1) throw new IllegalArgumentException("iterationCapacity must be >= 1");
    }
}
