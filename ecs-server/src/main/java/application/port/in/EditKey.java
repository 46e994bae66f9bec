package application.port.in;

import application.Caller;
import java.util.Optional;
import java.util.UUID;

/** Edits a key's name and version (Owner or Maintainer) or storage (Owner). */
public interface EditKey {
    /** The changes; absent fields keep their value; at least one is required. */
    record Command(Optional<String> keyName, Optional<UUID> storageUuid, Optional<String> omegasafeVersion) { }

    /** The key after the change and a message for the user. */
    record Result(KeyView key, String message) { }

    /**
     * @throws application.failure.InvalidRequest           when no field is given or a value breaks the rules
     * @throws application.failure.Forbidden                when a Maintainer asks for a storage change
     * @throws application.failure.StorageChangeUnsupported when a BYOS key would move to the internal storage
     * @throws application.failure.NotFound                 when the key or the target storage is not visible
     */
    Result edit(Caller caller, UUID keyUuid, Command command);
}
