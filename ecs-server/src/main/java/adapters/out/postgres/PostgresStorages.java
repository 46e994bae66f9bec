package adapters.out.postgres;

import application.model.StorageProvider;
import application.model.StorageRecord;
import application.port.out.StorageDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link StorageDirectory} on table {@code storage}; credentials stay sealed in the rows. */
public final class PostgresStorages implements StorageDirectory {
    private static final String COLUMNS = "storage_uuid, is_internal, owner_user_uuid, name, provider, bucket_name, region,"
            + " endpoint_url, remote_path, access_key_id_sealed, secret_access_key_sealed";
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresStorages(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public StorageRecord internal() {
        return jdbc.one("select " + COLUMNS + " from storage where is_internal", PostgresStorages::storage)
                .orElseThrow(() -> new IllegalStateException("the internal storage row is missing (migration V1)"));
    }

    @Override
    public Optional<StorageRecord> find(UUID storageUuid) {
        return jdbc.one("select " + COLUMNS + " from storage where storage_uuid = ?", PostgresStorages::storage, storageUuid);
    }

    @Override
    public List<StorageRecord> ownedBy(UUID userUuid) {
        return jdbc.list("select " + COLUMNS + " from storage where owner_user_uuid = ? order by name, storage_uuid",
                PostgresStorages::storage, userUuid);
    }

    @Override
    public void add(StorageRecord s) {
        jdbc.update("insert into storage (" + COLUMNS + ") values (?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.storageUuid(), s.ownerUserUuid(), s.name(), s.provider().apiName(), s.bucketName(), s.region(),
                s.endpointUrl(), s.remotePath(), s.sealedAccessKeyId(), s.sealedSecretAccessKey());
    }

    @Override
    public void update(StorageRecord s) {
        jdbc.update("""
                update storage set name = ?, provider = ?, bucket_name = ?, region = ?, endpoint_url = ?, remote_path = ?,
                       access_key_id_sealed = ?, secret_access_key_sealed = ?, updated_at = now()
                 where storage_uuid = ? and not is_internal""",
                s.name(), s.provider().apiName(), s.bucketName(), s.region(), s.endpointUrl(), s.remotePath(),
                s.sealedAccessKeyId(), s.sealedSecretAccessKey(), s.storageUuid());
    }

    @Override
    public int deleteUnlessUsed(UUID storageUuid) {
        return jdbc.transaction(c -> {
            // Lock the row first, so a key cannot be moved onto it between the count and the delete.
            Jdbc.list(c, "select 1 from storage where storage_uuid = ? for update", rs -> 1, storageUuid);
            int users = Jdbc.list(c, "select count(*) from ecs_key where storage_uuid = ?", rs -> rs.getInt(1), storageUuid).getFirst();
            if (users == 0) Jdbc.update(c, "delete from storage where storage_uuid = ? and not is_internal", storageUuid);
            return users;
        });
    }

    private static StorageRecord storage(ResultSet rs) throws SQLException {
        String provider = rs.getString("provider");
        return new StorageRecord(Jdbc.uuid(rs, "storage_uuid"), rs.getBoolean("is_internal"), Jdbc.uuid(rs, "owner_user_uuid"),
                rs.getString("name"), provider == null ? null : StorageProvider.byApiName(provider).orElseThrow(),
                rs.getString("bucket_name"), rs.getString("region"), rs.getString("endpoint_url"), rs.getString("remote_path"),
                rs.getBytes("access_key_id_sealed"), rs.getBytes("secret_access_key_sealed"));
    }
}
