package application.port.out;

import application.Caller;
import java.util.Optional;
import java.util.UUID;

/**
 * API keys by the SHA-256 of their token: the token itself is never stored. One user holds many keys (one
 * per device); a revoked key no longer authenticates.
 */
public interface ApiKeyDirectory {
    /** Stores a new key of {@code userUuid} by the hash of its token (32 bytes). */
    void add(UUID apiKeyUuid, UUID userUuid, byte[] tokenSha256);

    /** The caller behind an active (not revoked) key with that token hash. */
    Optional<Caller> activeByHash(byte[] tokenSha256);

    /**
     * Revokes a key.
     *
     * @return false when there is no such active key
     */
    boolean revoke(UUID apiKeyUuid);
}
