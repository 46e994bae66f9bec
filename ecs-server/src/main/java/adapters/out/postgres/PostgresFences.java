package adapters.out.postgres;

import application.port.out.FenceStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link FenceStore} on tables {@code key_fence} (the flag every replica honours) and {@code position_floor}. */
public final class PostgresFences implements FenceStore {
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresFences(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void fence(UUID keyUuid, Map<Integer, Long> floors) {
        jdbc.transaction(c -> {
            Jdbc.update(c, "insert into key_fence (key_uuid) values (?) on conflict do nothing", keyUuid);
            for (var f : floors.entrySet()) {
                Jdbc.update(c, """
                        insert into position_floor (key_uuid, seq_number, latest_claimed) values (?, ?, ?)
                        on conflict (key_uuid, seq_number) do update
                           set latest_claimed = greatest(position_floor.latest_claimed, excluded.latest_claimed)""",
                        keyUuid, f.getKey(), f.getValue());
            }
            return null;
        });
    }

    @Override
    public boolean isFenced(UUID keyUuid) {
        return jdbc.one("select 1 from key_fence where key_uuid = ?", rs -> true, keyUuid).isPresent();
    }

    @Override
    public Set<UUID> fenced() {
        return new HashSet<>(jdbc.list("select key_uuid from key_fence", rs -> Jdbc.uuid(rs, "key_uuid")));
    }

    @Override
    public Map<Integer, Long> floors(UUID keyUuid) {
        Map<Integer, Long> out = new HashMap<>();
        jdbc.list("select seq_number, latest_claimed from position_floor where key_uuid = ?",
                rs -> out.put(rs.getInt(1), rs.getLong(2)), keyUuid);
        return out;
    }

    @Override
    public Map<UUID, Map<Integer, Long>> allFloors() {
        Map<UUID, Map<Integer, Long>> out = new HashMap<>();
        jdbc.list("select key_uuid, seq_number, latest_claimed from position_floor",
                rs -> out.computeIfAbsent(Jdbc.uuid(rs, "key_uuid"), k -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3)));
        return out;
    }

    @Override
    public void lift(UUID keyUuid) {
        jdbc.update("delete from key_fence where key_uuid = ?", keyUuid);
    }
}
