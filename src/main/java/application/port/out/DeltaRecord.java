package application.port.out;

import domain.position.PositionRange;
import java.util.Objects;
import java.util.UUID;

/** A Delta iteration as the ECS lists it: its sequence number, UUID and global-position range. */
public record DeltaRecord(UUID keyUuid, UUID deltaUuid, int seq, PositionRange positions) {
    public DeltaRecord {
        Objects.requireNonNull(keyUuid, "keyUuid");
        Objects.requireNonNull(deltaUuid, "deltaUuid");
        Objects.requireNonNull(positions, "positions");
        if (seq < 1) throw new IllegalArgumentException("a Delta has seq >= 1");
    }
}
