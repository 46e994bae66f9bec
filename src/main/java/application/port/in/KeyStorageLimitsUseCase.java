package application.port.in;

import application.port.out.StorageLimits;
import java.util.UUID;

/** key-storage-limits: a key's internal-storage usage on its HTTP ECS (reference). */
public interface KeyStorageLimitsUseCase {
    record Result(UUID ecsUuid, String ecsName, UUID keyUuid, String message, StorageLimits.Usage usage) { }

    Result limits(UUID keyUuid);
}
