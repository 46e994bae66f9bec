package application.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * A change of a BYOS storage (edit-ecs-storage): each field {@link Optional#empty()} when it stays as it is.
 * {@code endpointUrl} and {@code remotePath} are optional in a storage: the empty string clears them (no endpoint:
 * the provider's default; no remote path: objects at the bucket's root). The other fields cannot be cleared.
 */
public record StorageEdit(Optional<String> name, Optional<String> provider, Optional<String> bucketName, Optional<String> region,
                          Optional<String> endpointUrl, Optional<String> remotePath, Optional<Credentials> credentials) {
    public StorageEdit {
        Objects.requireNonNull(name);
        Objects.requireNonNull(provider);
        Objects.requireNonNull(bucketName);
        Objects.requireNonNull(region);
        Objects.requireNonNull(endpointUrl);
        Objects.requireNonNull(remotePath);
        Objects.requireNonNull(credentials);
    }
}
