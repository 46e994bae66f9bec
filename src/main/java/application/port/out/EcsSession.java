package application.port.out;

import java.util.Objects;

/** The roles one ECS backend plays for the CLI, reached through one configured entry. */
public record EcsSession(EcsEntry entry, KeyRegistry keys, ClaimRegistry claims, DeltaRegistry deltas, StorageRegistry storages) {
    public EcsSession {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(deltas, "deltas");
        Objects.requireNonNull(storages, "storages");
    }
}
