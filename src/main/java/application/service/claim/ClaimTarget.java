package application.service.claim;

import java.util.Objects;
import java.util.UUID;

/**
 * What a claim is for: one iteration ({@code seq}, {@code iterationUuid}) of one key, whose iterations
 * each hold {@code iterationCapacity} positions, coordinated by the ECS {@code ecsUuid}.
 */
public record ClaimTarget(UUID keyUuid, UUID iterationUuid, int seq, long iterationCapacity, UUID ecsUuid) {
    public ClaimTarget {
        Objects.requireNonNull(keyUuid, "keyUuid");
        Objects.requireNonNull(iterationUuid, "iterationUuid");
        Objects.requireNonNull(ecsUuid, "ecsUuid");
        if (seq < 0) throw new IllegalArgumentException("seq must be >= 0");
        if (iterationCapacity < 1) throw new IllegalArgumentException("iterationCapacity must be >= 1");
    }
}
