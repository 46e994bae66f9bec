package application.port.in;

import application.Caller;

/** Resolves the API key of a request to the caller. */
public interface Authenticate {
    /**
     * The caller whose active API key is {@code token}.
     *
     * @param token the bearer token as sent (may be null or blank)
     * @throws application.failure.Unauthenticated when the token is missing, unknown or revoked
     */
    Caller authenticate(String token);
}
