package adapters.out.postgres;

import application.access.KeyRole;
import application.model.DeltaFacts;
import application.model.KeyState;
import application.model.StoredKey;
import application.port.out.KeyLedgerStore;
import domain.ecs.DeltaRecord;
import domain.ecs.KeyLedger;
import domain.ecs.RegisteredKey;
import domain.key.KeyShape;
import domain.position.IterationPositions;
import domain.position.PositionRange;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@link KeyLedgerStore} on tables {@code ecs_key} and {@code key_iteration} (one row per iteration with its
 * pointer; Deltas carry their payload size and MD5), restored into a {@link KeyLedger} on load.
 */
public final class PostgresKeyLedgers implements KeyLedgerStore {
    private static final String KEY_COLUMNS = "k.key_uuid, k.key_name, k.nucleus_maps, k.rotor_maps, k.rotor_count,"
            + " k.alpha_iteration_uuid, k.omegasafe_version, k.storage_uuid, k.billing_user_uuid";
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresKeyLedgers(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean register(StoredKey key, long alphaLatest, UUID ownerRelationUuid) {
        RegisteredKey r = key.registration();
        PositionRange alpha = IterationPositions.of(r.iterationCapacity(), 0);
        return jdbc.transaction(c -> {
            int inserted = Jdbc.update(c, """
                    insert into ecs_key (key_uuid, key_name, nucleus_maps, rotor_maps, rotor_count, iteration_capacity,
                                         alpha_iteration_uuid, omegasafe_version, storage_uuid, billing_user_uuid)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (key_uuid) do nothing""",
                    r.keyUuid(), r.keyName(), r.shape().nucleusMaps(), r.shape().rotorMaps(), r.shape().rotorCount(),
                    r.iterationCapacity(), r.alphaIterationUuid(), r.omegasafeVersion(), key.storageUuid(), key.billingUserUuid());
            if (inserted == 0) return false;
            Jdbc.update(c, """
                    insert into key_iteration (key_uuid, seq_number, iteration_uuid, start_position, end_position, latest_claimed)
                    values (?, 0, ?, ?, ?, ?)""", r.keyUuid(), r.alphaIterationUuid(), alpha.start(), alpha.end(), alphaLatest);
            Jdbc.update(c, "insert into user_key_relation (relation_uuid, key_uuid, user_uuid, key_role_id) values (?, ?, ?, ?)",
                    ownerRelationUuid, r.keyUuid(), key.billingUserUuid(), (short) KeyRole.OWNER.id());
            return true;
        });
    }

    @Override
    public Optional<KeyState> load(UUID keyUuid) {
        return jdbc.autocommit(c -> {
            List<StoredKey> keys = Jdbc.list(c, "select " + KEY_COLUMNS + " from ecs_key k where k.key_uuid = ?",
                    PostgresKeyLedgers::storedKey, keyUuid);
            if (keys.isEmpty()) return Optional.<KeyState>empty();
            return Optional.of(states(c, keys).getFirst());
        });
    }

    @Override
    public List<KeyState> relatedTo(UUID userUuid) {
        return jdbc.autocommit(c -> {
            List<StoredKey> keys = Jdbc.list(c, "select " + KEY_COLUMNS + " from ecs_key k join user_key_relation r"
                    + " on r.key_uuid = k.key_uuid where r.user_uuid = ?", PostgresKeyLedgers::storedKey, userUuid);
            return keys.isEmpty() ? List.<KeyState>of() : states(c, keys);
        });
    }

    @Override
    public void update(StoredKey key) {
        RegisteredKey r = key.registration();
        jdbc.update("update ecs_key set key_name = ?, omegasafe_version = ?, storage_uuid = ?, updated_at = now() where key_uuid = ?",
                r.keyName(), r.omegasafeVersion(), key.storageUuid(), r.keyUuid());
    }

    @Override
    public boolean delete(UUID keyUuid) {
        return jdbc.transaction(c -> {
            if (Jdbc.update(c, "delete from ecs_key where key_uuid = ?", keyUuid) == 0) return false;
            Jdbc.update(c, "insert into deleted_key (key_uuid) values (?) on conflict do nothing", keyUuid);
            Jdbc.update(c, "delete from key_fence where key_uuid = ?", keyUuid);
            Jdbc.update(c, "delete from position_floor where key_uuid = ?", keyUuid);
            return true;
        });
    }

    @Override
    public boolean wasDeleted(UUID keyUuid) {
        return jdbc.one("select 1 from deleted_key where key_uuid = ?", rs -> true, keyUuid).isPresent();
    }

    @Override
    public boolean publishDelta(RegisteredKey key, DeltaFacts delta, long initialLatest, UUID attemptUuid) {
        PositionRange own = IterationPositions.of(key.iterationCapacity(), delta.seq());
        return jdbc.transaction(c -> {
            // The unique (key, seq) and (key, iteration UUID) decide between concurrent publications; the
            // previous iteration must exist, so the sequence stays dense whatever the callers checked.
            int inserted = Jdbc.update(c, """
                    insert into key_iteration (key_uuid, seq_number, iteration_uuid, start_position, end_position,
                                               latest_claimed, payload_size, content_md5)
                    select ?, ?, ?, ?, ?, ?, ?, ? where exists
                        (select 1 from key_iteration where key_uuid = ? and seq_number = ?)
                    on conflict do nothing""",
                    key.keyUuid(), delta.seq(), delta.deltaUuid(), own.start(), own.end(), initialLatest, delta.size(),
                    delta.contentMd5(), key.keyUuid(), delta.seq() - 1);
            if (inserted == 0) return false;
            Jdbc.update(c, "update upload_attempt set confirmed_at = now() where upload_attempt_uuid = ?", attemptUuid);
            return true;
        });
    }

    @Override
    public Map<UUID, Map<Integer, Long>> pointers(Set<UUID> keyUuids) {
        if (keyUuids.isEmpty()) return Map.of();
        return jdbc.autocommit(c -> {
            Array keys = c.createArrayOf("uuid", keyUuids.toArray());
            return pointerMap(Jdbc.list(c, "select key_uuid, seq_number, latest_claimed from key_iteration"
                    + " where key_uuid = any(?) and latest_claimed >= start_position", PostgresKeyLedgers::pointer, keys));
        });
    }

    @Override
    public Map<UUID, Map<Integer, Long>> allPointers() {
        return pointerMap(jdbc.list("select key_uuid, seq_number, latest_claimed from key_iteration"
                + " where latest_claimed >= start_position", PostgresKeyLedgers::pointer));
    }

    @Override
    public void fastForward(UUID keyUuid, Map<Integer, Long> positions) {
        jdbc.transaction(c -> {
            for (var p : positions.entrySet()) {
                Jdbc.update(c, """
                        update key_iteration set latest_claimed = greatest(latest_claimed, ?)
                         where key_uuid = ? and seq_number = ? and ? between start_position and end_position""",
                        p.getValue(), keyUuid, p.getKey(), p.getValue());
            }
            return null;
        });
    }

    private record Pointer(UUID key, int seq, long latest) { }

    private static Pointer pointer(ResultSet rs) throws SQLException {
        return new Pointer(Jdbc.uuid(rs, "key_uuid"), rs.getInt("seq_number"), rs.getLong("latest_claimed"));
    }

    private static Map<UUID, Map<Integer, Long>> pointerMap(List<Pointer> rows) {
        Map<UUID, Map<Integer, Long>> out = new HashMap<>();
        for (Pointer p : rows) out.computeIfAbsent(p.key(), k -> new HashMap<>()).put(p.seq(), p.latest());
        return out;
    }

    private static StoredKey storedKey(ResultSet rs) throws SQLException {
        KeyShape shape = new KeyShape(rs.getInt("nucleus_maps"), rs.getInt("rotor_maps"), rs.getInt("rotor_count"));
        RegisteredKey reg = new RegisteredKey(Jdbc.uuid(rs, "key_uuid"), rs.getString("key_name"), shape,
                Jdbc.uuid(rs, "alpha_iteration_uuid"), rs.getString("omegasafe_version"));
        return new StoredKey(reg, Jdbc.uuid(rs, "storage_uuid"), Jdbc.uuid(rs, "billing_user_uuid"));
    }

    private record IterationRow(UUID key, int seq, UUID iterationUuid, long start, long end, long latest, Long size,
                                String md5) { }

    /** The states of {@code keys}, in their order, with all their iterations (one query). */
    private static List<KeyState> states(Connection c, List<StoredKey> keys) throws SQLException {
        Array keyArray = c.createArrayOf("uuid", keys.stream().map(StoredKey::keyUuid).toArray());
        List<IterationRow> rows = Jdbc.list(c, """
                select key_uuid, seq_number, iteration_uuid, start_position, end_position, latest_claimed, payload_size,
                       content_md5 from key_iteration where key_uuid = any(?) order by key_uuid, seq_number""",
                rs -> new IterationRow(Jdbc.uuid(rs, "key_uuid"), rs.getInt("seq_number"), Jdbc.uuid(rs, "iteration_uuid"),
                        rs.getLong("start_position"), rs.getLong("end_position"), rs.getLong("latest_claimed"),
                        (Long) rs.getObject("payload_size"), rs.getString("content_md5")), keyArray);
        Map<UUID, List<IterationRow>> byKey = new LinkedHashMap<>();
        for (IterationRow r : rows) byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        List<KeyState> out = new ArrayList<>();
        for (StoredKey key : keys) {
            Map<Integer, Long> latest = new HashMap<>();
            List<DeltaRecord> deltas = new ArrayList<>();
            Map<UUID, DeltaFacts> payloads = new HashMap<>();
            for (IterationRow r : byKey.getOrDefault(key.keyUuid(), List.of())) {
                latest.put(r.seq(), r.latest());
                if (r.seq() > 0) {
                    deltas.add(new DeltaRecord(key.keyUuid(), r.iterationUuid(), r.seq(), new PositionRange(r.start(), r.end())));
                    payloads.put(r.iterationUuid(), new DeltaFacts(r.seq(), r.iterationUuid(), r.size(), r.md5()));
                }
            }
            out.add(new KeyState(key, KeyLedger.restore(key.registration(), latest, deltas), payloads));
        }
        return out;
    }
}
