package application;

import java.util.Objects;
import java.util.UUID;

/** The authenticated user behind a request: the user and the API key (one per device) they used. */
public record Caller(UUID userUuid, String email, UUID apiKeyUuid) {
    /** Requires every component. */
    public Caller {
        Objects.requireNonNull(userUuid, "userUuid");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(apiKeyUuid, "apiKeyUuid");
    }
}
