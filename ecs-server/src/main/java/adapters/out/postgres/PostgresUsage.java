package adapters.out.postgres;

import application.port.out.UsageCounter;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@link UsageCounter}: uploads are the distinct sequence numbers of {@code upload_attempt} rows in a window, stored
 * Deltas the key's Delta iterations, downloads the rows of {@code download_event}.
 */
public final class PostgresUsage implements UsageCounter {
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresUsage(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public long uploadsSince(UUID keyUuid, Instant since, Integer exceptSeq) {
        return jdbc.one("""
                select count(distinct seq_number) from upload_attempt
                 where key_uuid = ? and created_at >= ? and seq_number is distinct from ?""",
                rs -> rs.getLong(1), keyUuid, since, exceptSeq).orElse(0L);
    }

    @Override
    public long competingUploadsSince(UUID keyUuid, int seq, Instant since, UUID exceptDelta) {
        return jdbc.one("""
                select count(distinct delta_uuid) from upload_attempt
                 where key_uuid = ? and seq_number = ? and created_at >= ? and delta_uuid <> ?""",
                rs -> rs.getLong(1), keyUuid, seq, since, exceptDelta).orElse(0L);
    }

    @Override
    public long storedDeltas(UUID keyUuid) {
        return jdbc.one("select count(*) from key_iteration where key_uuid = ? and seq_number > 0", rs -> rs.getLong(1), keyUuid).orElse(0L);
    }

    @Override
    public long downloadsSince(UUID keyUuid, Instant since) {
        return jdbc.one("select count(*) from download_event where key_uuid = ? and created_at >= ?", rs -> rs.getLong(1),
                keyUuid, since).orElse(0L);
    }

    @Override
    public void recordDownload(UUID keyUuid, UUID deltaUuid, Instant at) {
        jdbc.update("insert into download_event (key_uuid, delta_uuid, created_at) values (?, ?, ?)", keyUuid, deltaUuid, at);
    }
}
