package adapters.in.rest.dto;

import application.port.in.KeyView;
import java.util.UUID;

/** The Key schema (view-key's {@code ecs_key_data}); billing expiry is null/false on a self-hosted server. */
public record KeyJson(UUID keyUuid, String keyName, int nucleusMaps, int rotorMaps, int rotorCount, long iterationCapacity,
                      UUID alphaIterationUuid, String omegasafeVersion, UUID storageUuid, String storageName,
                      boolean storageIsInternal, long alphaGlobalPositionCapacity, long alphaLatestClaimedGlobalPosition,
                      Integer latestDeltaSeq, int keyRoleId, String keyRoleName, UUID userKeyRelationUuid,
                      UUID billingUserUuid, String billingUserEmail, Long billingExpTs, String billingExpDatetime,
                      boolean billingExpired, boolean isBillingUser) {

    /** The JSON of a view. */
    public static KeyJson of(KeyView v) {
        return new KeyJson(v.keyUuid(), v.keyName(), v.nucleusMaps(), v.rotorMaps(), v.rotorCount(), v.iterationCapacity(),
                v.alphaIterationUuid(), v.omegasafeVersion(), v.storageUuid(), v.storageName(), v.storageIsInternal(),
                v.iterationCapacity(), v.alphaLatestClaimed(), v.latestDeltaSeq(), v.role().id(), v.role().displayName(),
                v.relationUuid(), v.billingUserUuid(), v.billingUserEmail(), null, null, false, v.isBillingUser());
    }
}
