package adapters.out.postgres;

import application.model.UploadAttempt;
import application.port.out.UploadAttemptStore;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link UploadAttemptStore} on table {@code upload_attempt}. */
public final class PostgresUploadAttempts implements UploadAttemptStore {
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresUploadAttempts(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void add(UploadAttempt a) {
        jdbc.update("""
                insert into upload_attempt (upload_attempt_uuid, key_uuid, delta_uuid, seq_number, payload_size, content_md5,
                                            storage_uuid, object_key, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                a.attemptUuid(), a.keyUuid(), a.deltaUuid(), a.seq(), a.size(), a.contentMd5(), a.storageUuid(),
                a.objectKey(), a.createdAt(), a.expiresAt());
    }

    @Override
    public Optional<UploadAttempt> find(UUID attemptUuid) {
        return jdbc.one("""
                select upload_attempt_uuid, key_uuid, delta_uuid, seq_number, payload_size, content_md5, storage_uuid,
                       object_key, created_at, expires_at, confirmed_at from upload_attempt where upload_attempt_uuid = ?""",
                rs -> new UploadAttempt(Jdbc.uuid(rs, "upload_attempt_uuid"), Jdbc.uuid(rs, "key_uuid"), Jdbc.uuid(rs, "delta_uuid"),
                        rs.getInt("seq_number"), rs.getLong("payload_size"), rs.getString("content_md5"),
                        Jdbc.uuid(rs, "storage_uuid"), rs.getString("object_key"), Jdbc.instant(rs, "created_at"),
                        Jdbc.instant(rs, "expires_at"), Jdbc.instant(rs, "confirmed_at")), attemptUuid);
    }

    @Override
    public void markConfirmed(UUID attemptUuid) {
        jdbc.update("update upload_attempt set confirmed_at = now() where upload_attempt_uuid = ? and confirmed_at is null", attemptUuid);
    }
}
