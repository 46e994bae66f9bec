package domain.ecs;

import domain.position.PositionRange;
import java.util.Objects;
import java.util.UUID;

/**
 * A Delta iteration as an ECS lists it: its sequence number ({@code seq >= 1}), UUID and the global
 * positions it owns, {@code [seq*C, (seq+1)*C - 1]}.
 */
public record DeltaRecord(UUID keyUuid, UUID deltaUuid, int seq, PositionRange positions) {
    public DeltaRecord {
        Objects.requireNonNull(keyUuid, "keyUuid");
        Objects.requireNonNull(deltaUuid, "deltaUuid");
        Objects.requireNonNull(positions, "positions");
        if (seq < 1) throw new IllegalArgumentException("a Delta has seq >= 1");
    }
}
