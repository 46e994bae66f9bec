package adapters.out.postgres;

import application.Caller;
import application.port.out.ApiKeyDirectory;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link ApiKeyDirectory} on table {@code api_key}: the token's SHA-256 only. */
public final class PostgresApiKeys implements ApiKeyDirectory {
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresApiKeys(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void add(UUID apiKeyUuid, UUID userUuid, byte[] tokenSha256) {
        jdbc.update("insert into api_key (api_key_uuid, user_uuid, token_sha256) values (?, ?, ?)", apiKeyUuid, userUuid, tokenSha256);
    }

    @Override
    public Optional<Caller> activeByHash(byte[] tokenSha256) {
        return jdbc.one("""
                select k.api_key_uuid, u.user_uuid, u.email from api_key k join app_user u on u.user_uuid = k.user_uuid
                 where k.token_sha256 = ? and k.revoked_at is null""",
                rs -> new Caller(Jdbc.uuid(rs, "user_uuid"), rs.getString("email"), Jdbc.uuid(rs, "api_key_uuid")),
                (Object) tokenSha256);
    }

    @Override
    public boolean revoke(UUID apiKeyUuid) {
        return jdbc.update("update api_key set revoked_at = now() where api_key_uuid = ? and revoked_at is null", apiKeyUuid) == 1;
    }
}
