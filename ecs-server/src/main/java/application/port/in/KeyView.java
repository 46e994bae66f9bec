package application.port.in;

import application.access.KeyRole;
import java.util.UUID;

/**
 * A key as the caller sees it (docs/http-ecs.openapi.yaml, Key; the reference's view-key
 * {@code ecs_key_data}). Billing expiry fields are always null/false on a self-hosted server.
 *
 * @param alphaLatestClaimed the Alpha's "last used" pointer, -1 when nothing is claimed
 * @param latestDeltaSeq     null when the key has no Delta
 */
public record KeyView(UUID keyUuid, String keyName, int nucleusMaps, int rotorMaps, int rotorCount,
                      long iterationCapacity, UUID alphaIterationUuid, String omegasafeVersion, UUID storageUuid,
                      String storageName, boolean storageIsInternal, long alphaLatestClaimed, Integer latestDeltaSeq,
                      KeyRole role, UUID relationUuid, UUID billingUserUuid, String billingUserEmail,
                      boolean isBillingUser) { }
