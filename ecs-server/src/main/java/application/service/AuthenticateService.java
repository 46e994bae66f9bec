package application.service;

import application.Caller;
import application.failure.Unauthenticated;
import application.port.in.Authenticate;
import application.port.out.ApiKeyDirectory;
import java.util.Objects;

/** Authenticates a bearer token by the SHA-256 of its text (the token itself is never stored). */
public final class AuthenticateService implements Authenticate {
    private final ApiKeyDirectory apiKeys;

    /** @param apiKeys where API keys are kept by hash */
    public AuthenticateService(ApiKeyDirectory apiKeys) {
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
    }

    @Override
    public Caller authenticate(String token) {
        if (token == null || token.isBlank()) {
            throw new Unauthenticated("an API key is required: send Authorization: Bearer <api key>");
        }
        return apiKeys.activeByHash(Tokens.sha256(token.trim()))
                .orElseThrow(() -> new Unauthenticated("the API key is unknown or revoked"));
    }
}
