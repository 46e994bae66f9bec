package adapters.out.postgres;

import application.port.out.ClaimStore;
import domain.position.PositionRange;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@link ClaimStore}: the claim is one UPDATE of the iteration's pointer whose WHERE re-checks the room left
 * on the committed row (under READ COMMITTED a concurrent UPDATE of the same row waits, then re-evaluates),
 * followed by the claim-log insert in the same transaction. Never read-then-write.
 */
public final class PostgresClaims implements ClaimStore {
    /** The decision: move the pointer by :size when it is at most :maxLatest and the key is not fenced. */
    static final String CLAIM = """
            update key_iteration set latest_claimed = latest_claimed + ?
             where key_uuid = ? and seq_number = ? and latest_claimed <= ?
               and not exists (select 1 from key_fence f where f.key_uuid = key_iteration.key_uuid)
            returning latest_claimed""";
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresClaims(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<PositionRange> claim(UUID keyUuid, int seq, long size, long maxLatest, UUID idempotencyKey,
                                         UUID apiKeyUuid) {
        try {
            return jdbc.transaction(c -> {
                List<Long> end = Jdbc.list(c, CLAIM, rs -> rs.getLong(1), size, keyUuid, seq, maxLatest);
                if (end.isEmpty()) return Optional.<PositionRange>empty();
                PositionRange range = PositionRange.ofSize(end.getFirst() - size + 1, size);
                Jdbc.update(c, """
                        insert into claim (key_uuid, seq_number, start_position, end_position, idempotency_key, api_key_uuid)
                        values (?, ?, ?, ?, ?, ?)""", keyUuid, seq, range.start(), range.end(), idempotencyKey, apiKeyUuid);
                return Optional.of(range);
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException s && Jdbc.uniqueViolation(s, "claim_idempotency_unique")) {
                throw new IdempotencyKeyTaken();
            }
            throw e;
        }
    }

    @Override
    public Optional<LoggedClaim> byIdempotencyKey(UUID idempotencyKey) {
        return jdbc.one("select key_uuid, seq_number, start_position, end_position from claim where idempotency_key = ?",
                rs -> new LoggedClaim(Jdbc.uuid(rs, "key_uuid"), rs.getInt("seq_number"),
                        new PositionRange(rs.getLong("start_position"), rs.getLong("end_position"))), idempotencyKey);
    }
}
