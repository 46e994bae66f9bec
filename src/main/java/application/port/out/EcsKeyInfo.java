package application.port.out;

import java.util.Objects;
import java.util.UUID;

/**
 * What an ECS reports about a key (view-key's {@code ecs_key_data}, reference field for field). An SFC ECS fills
 * what it keeps (name, version, capacity, latest claimed Alpha position) and leaves storage, role and billing null.
 *
 * @param alphaCapacity      positions of one iteration (C)
 * @param alphaLatestClaimed the Alpha's "last used" pointer ({@code -1} when nothing is claimed)
 * @param billingExpTs       seconds since the epoch, or null
 * @param billingExpDatetime ISO 8601 UTC, or null
 */
public record EcsKeyInfo(UUID keyUuid, String keyName, UUID storageUuid, String storageName, Boolean storageIsInternal,
                         String omegasafeVersion, Long alphaCapacity, Long alphaLatestClaimed, Integer keyRoleId,
                         String keyRoleName, UUID userKeyRelationUuid, UUID billingUserUuid, String billingUserEmail,
                         Long billingExpTs, String billingExpDatetime, Boolean billingExpired, Boolean isBillingUser) {
    public EcsKeyInfo {
        Objects.requireNonNull(keyUuid, "keyUuid");
    }
}
