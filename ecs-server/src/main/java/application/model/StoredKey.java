package application.model;

import domain.ecs.RegisteredKey;
import java.util.Objects;
import java.util.UUID;

/**
 * A key's registration as the server keeps it: the domain registration (identity, name, shape, Alpha
 * iteration UUID, version), the storage its Delta objects live in and its billing user (the creator).
 */
public record StoredKey(RegisteredKey registration, UUID storageUuid, UUID billingUserUuid) {
    /** Requires every component. */
    public StoredKey {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(storageUuid, "storageUuid");
        Objects.requireNonNull(billingUserUuid, "billingUserUuid");
    }

    /** The key's UUID. */
    public UUID keyUuid() { return registration.keyUuid(); }
}
