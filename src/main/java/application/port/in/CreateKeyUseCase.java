package application.port.in;

import domain.ecs.RegisteredKey;
import domain.key.KeySize;
import domain.position.PositionRange;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** create-key: the Alpha locally, the registration in the ECS, and the first Delta encrypted with Alpha positions. */
public interface CreateKeyUseCase {
    /**
     * @param ecsUuid     the target ECS; empty: ECS_UUID_DEFAULT, else the only configured ECS (reference order)
     * @param storageUuid the HTTP ECS storage for Delta uploads; empty: the only storage the ECS offers
     * @param maxWorkers  threads for key generation, at least 1
     */
    record Request(String keyName, KeySize size, Optional<UUID> ecsUuid, Optional<UUID> storageUuid, int maxWorkers) {
        public Request {
            InvalidRequestException.require(keyName != null && !keyName.isBlank(), "key name must not be empty");
            InvalidRequestException.require(keyName.length() <= RegisteredKey.MAX_NAME_LENGTH,
                    "key name is longer than " + RegisteredKey.MAX_NAME_LENGTH + " characters");
            InvalidRequestException.require(keyName.codePoints().noneMatch(Character::isISOControl),
                    "key name must not contain control characters");
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(ecsUuid, "ecsUuid");
            Objects.requireNonNull(storageUuid, "storageUuid");
            InvalidRequestException.require(maxWorkers >= 1, "the number of key generation workers must be at least 1");
        }
    }

    record Result(UUID keyUuid, String keyName, UUID ecsUuid, String ecsName, KeySize size, UUID alphaIterationUuid,
                  UUID deltaUuid, int deltaSeq, PositionRange alphaPositions, PositionRange deltaPositions) { }

    Result create(Request request);
}
