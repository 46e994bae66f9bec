package application.port.in;

import domain.key.KeySize;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Creates a key: Alpha locally, registration in the ECS, and the first Delta encrypted with Alpha positions. */
public interface CreateKeyUseCase {

    record Request(String keyName, KeySize size, Optional<UUID> ecsUuid, int maxWorkers) {
        public Request {
            if (keyName == null || keyName.isBlank()) throw new IllegalArgumentException("key name must not be empty");
            if (keyName.length() > 200) throw new IllegalArgumentException("key name is longer than 200 characters");
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(ecsUuid, "ecsUuid");
            if (maxWorkers < 1) throw new IllegalArgumentException("max workers must be at least 1");
        }
    }

    record Result(UUID keyUuid, String keyName, UUID ecsUuid, String ecsName, KeySize size,
                  UUID alphaIterationUuid, UUID deltaUuid, int deltaSeq,
                  domain.position.PositionRange alphaPositions, domain.position.PositionRange deltaPositions) { }

    Result create(Request request);
}
