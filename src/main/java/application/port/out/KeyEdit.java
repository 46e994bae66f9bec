package application.port.out;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A change of a key's ECS metadata (edit-key): each field empty when it stays as it is. */
public record KeyEdit(Optional<String> keyName, Optional<UUID> storageUuid, Optional<String> omegasafeVersion) {
    public KeyEdit {
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(storageUuid, "storageUuid");
        Objects.requireNonNull(omegasafeVersion, "omegasafeVersion");
    }

    /** True when nothing would change. */
    public boolean isEmpty() {
        return keyName.isEmpty() && storageUuid.isEmpty() && omegasafeVersion.isEmpty();
    }
}
