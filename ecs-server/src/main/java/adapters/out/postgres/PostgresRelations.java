package adapters.out.postgres;

import application.access.KeyGrant;
import application.access.KeyRole;
import application.model.Relation;
import application.port.out.RelationStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link RelationStore} on table {@code user_key_relation}. */
public final class PostgresRelations implements RelationStore {
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresRelations(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<KeyGrant> find(UUID userUuid, UUID keyUuid) {
        return jdbc.one("select relation_uuid, key_role_id from user_key_relation where user_uuid = ? and key_uuid = ?",
                rs -> new KeyGrant(keyUuid, userUuid, Jdbc.uuid(rs, "relation_uuid"), role(rs.getInt("key_role_id"))),
                userUuid, keyUuid);
    }

    @Override
    public List<Relation> ofKey(UUID keyUuid) {
        return jdbc.list("""
                select r.relation_uuid, r.user_uuid, u.email, r.key_role_id from user_key_relation r
                  join app_user u on u.user_uuid = r.user_uuid where r.key_uuid = ? order by u.email""",
                rs -> new Relation(Jdbc.uuid(rs, "relation_uuid"), keyUuid, Jdbc.uuid(rs, "user_uuid"), rs.getString("email"),
                        role(rs.getInt("key_role_id"))), keyUuid);
    }

    @Override
    public Removal remove(UUID keyUuid, UUID relationUuid) {
        return jdbc.transaction(c -> {
            // Lock the key's Owner relations, so two concurrent removals cannot both leave no Owner.
            List<UUID> owners = Jdbc.list(c, "select relation_uuid from user_key_relation where key_uuid = ? and key_role_id = 1 for update",
                    rs -> Jdbc.uuid(rs, "relation_uuid"), keyUuid);
            List<Integer> role = Jdbc.list(c, "select key_role_id from user_key_relation where key_uuid = ? and relation_uuid = ? for update",
                    rs -> rs.getInt(1), keyUuid, relationUuid);
            if (role.isEmpty()) return Removal.NOT_FOUND;
            if (role.getFirst() == KeyRole.OWNER.id() && owners.size() <= 1) return Removal.LAST_OWNER;
            Jdbc.update(c, "delete from user_key_relation where relation_uuid = ?", relationUuid);
            return Removal.REMOVED;
        });
    }

    @Override
    public boolean add(UUID relationUuid, UUID keyUuid, UUID userUuid, KeyRole role) {
        return jdbc.update("""
                insert into user_key_relation (relation_uuid, key_uuid, user_uuid, key_role_id) values (?, ?, ?, ?)
                on conflict (key_uuid, user_uuid) do nothing""", relationUuid, keyUuid, userUuid, (short) role.id()) == 1;
    }

    static KeyRole role(int id) {
        return KeyRole.byId(id).orElseThrow(() -> new IllegalStateException("unknown key_role_id " + id));
    }
}
