package application.port.in;

import java.util.UUID;

/** Registers a key's identity and shape; the caller becomes its Owner and billing user. */
public interface RegisterKey {
    /** The registration as sent ({@code storageUuid} null = internal storage). Values are validated by the use case. */
    record Command(UUID keyUuid, String keyName, Integer nucleusMaps, Integer rotorMaps, Integer rotorCount,
                   Long iterationCapacity, UUID alphaIterationUuid, String omegasafeVersion, UUID storageUuid) { }

    /** The key, and whether this call created it (false: identical registration by its Owner, a retry). */
    record Result(KeyView key, boolean created) { }

    /**
     * @throws application.failure.InvalidRequest when a field breaks the rules (capacity must equal N * R^k)
     * @throws application.failure.NotFound       when the storage is not the internal one or the caller's
     * @throws application.failure.KeyExists      when the UUID is registered with other fields or by another user
     * @throws application.failure.KeyFenced      when the UUID is fenced (database restored behind its witness)
     */
    Result register(application.Caller caller, Command command);
}
