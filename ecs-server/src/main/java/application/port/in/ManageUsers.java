package application.port.in;

import java.util.UUID;

/** The operator's user administration (bin/ecs-server create-user, create-api-key, revoke-api-key). */
public interface ManageUsers {
    /** A new API key: its token is shown once and stored only as a hash. */
    record NewApiKey(UUID userUuid, String email, UUID apiKeyUuid, String token) {
        @Override
        public String toString() { return "NewApiKey[" + email + ", " + apiKeyUuid + "]"; }   // never the token
    }

    /**
     * Creates a user and their first API key.
     *
     * @throws application.failure.InvalidRequest when the e-mail is malformed
     * @throws UserExists                         when a user with that e-mail exists
     */
    NewApiKey createUser(String email);

    /**
     * Adds an API key (for another device) to an existing user.
     *
     * @throws application.failure.NotFound when there is no user with that e-mail
     */
    NewApiKey createApiKey(String email);

    /**
     * Revokes an API key.
     *
     * @throws application.failure.NotFound when there is no such active key
     */
    void revokeApiKey(UUID apiKeyUuid);

    /** A user with that e-mail exists. */
    final class UserExists extends RuntimeException {
        /** @param email the taken e-mail */
        public UserExists(String email) {
            super("a user with e-mail " + email + " exists; add a key for another device with create-api-key", null, false, false);
        }
    }
}
