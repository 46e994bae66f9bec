package adapters.in.rest.dto;

import application.port.in.RegisterKey;
import java.util.UUID;

/** The KeyRegistration schema. */
public record KeyRegistrationJson(UUID keyUuid, String keyName, Integer nucleusMaps, Integer rotorMaps, Integer rotorCount,
                                  Long iterationCapacity, UUID alphaIterationUuid, String omegasafeVersion, UUID storageUuid) {
    /** The use case's command. */
    public RegisterKey.Command command() {
        return new RegisterKey.Command(keyUuid, keyName, nucleusMaps, rotorMaps, rotorCount, iterationCapacity,
                alphaIterationUuid, omegasafeVersion, storageUuid);
    }
}
