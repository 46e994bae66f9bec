package adapters.out.postgres;

import application.access.KeyRole;
import application.model.Invitation;
import application.model.Relation;
import application.port.out.InvitationStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link InvitationStore} on table {@code invitation}; accepting adds the {@code user_key_relation} row. */
public final class PostgresInvitations implements InvitationStore {
    private static final String SELECT = """
            select i.invitation_uuid, i.key_uuid, i.email, i.key_role_id, i.status, i.created_at, k.key_name,
                   u.email as invited_by_email
              from invitation i join ecs_key k on k.key_uuid = i.key_uuid join app_user u on u.user_uuid = i.invited_by_user_uuid""";
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresInvitations(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Invitation invite(UUID newInvitationUuid, UUID keyUuid, String email, KeyRole role, UUID invitedBy) {
        UUID uuid = jdbc.transaction(c -> Jdbc.list(c, """
                insert into invitation (invitation_uuid, key_uuid, email, key_role_id, invited_by_user_uuid, status)
                values (?, ?, ?, ?, ?, 'pending')
                on conflict (key_uuid, email) where status = 'pending'
                do update set key_role_id = excluded.key_role_id, invited_by_user_uuid = excluded.invited_by_user_uuid
                returning invitation_uuid""", rs -> Jdbc.uuid(rs, "invitation_uuid"),
                newInvitationUuid, keyUuid, email, (short) role.id(), invitedBy).getFirst());
        return pending(uuid).orElseThrow();
    }

    @Override
    public List<Invitation> pendingFor(String email) {
        return jdbc.list(SELECT + " where i.email = ? and i.status = 'pending' order by i.created_at, i.invitation_uuid",
                PostgresInvitations::invitation, email);
    }

    @Override
    public Optional<Invitation> pending(UUID invitationUuid) {
        return jdbc.one(SELECT + " where i.invitation_uuid = ? and i.status = 'pending'", PostgresInvitations::invitation, invitationUuid);
    }

    @Override
    public Optional<Relation> accept(UUID invitationUuid, UUID userUuid, UUID newRelationUuid) {
        return jdbc.transaction(c -> {
            List<Object[]> inv = Jdbc.list(c, """
                    update invitation set status = 'accepted', accepted_at = now()
                     where invitation_uuid = ? and status = 'pending' returning key_uuid, key_role_id""",
                    rs -> new Object[] {Jdbc.uuid(rs, "key_uuid"), rs.getInt("key_role_id")}, invitationUuid);
            if (inv.isEmpty()) return Optional.<Relation>empty();
            UUID keyUuid = (UUID) inv.getFirst()[0];
            Jdbc.update(c, """
                    insert into user_key_relation (relation_uuid, key_uuid, user_uuid, key_role_id) values (?, ?, ?, ?)
                    on conflict (key_uuid, user_uuid) do nothing""",
                    newRelationUuid, keyUuid, userUuid, ((Integer) inv.getFirst()[1]).shortValue());
            return Optional.of(Jdbc.list(c, """
                    select r.relation_uuid, r.key_role_id, u.email from user_key_relation r join app_user u on u.user_uuid = r.user_uuid
                     where r.key_uuid = ? and r.user_uuid = ?""",
                    rs -> new Relation(Jdbc.uuid(rs, "relation_uuid"), keyUuid, userUuid, rs.getString("email"),
                            PostgresRelations.role(rs.getInt("key_role_id"))), keyUuid, userUuid).getFirst());
        });
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        return new Invitation(Jdbc.uuid(rs, "invitation_uuid"), Jdbc.uuid(rs, "key_uuid"), rs.getString("email"),
                PostgresRelations.role(rs.getInt("key_role_id")), "pending".equals(rs.getString("status")),
                Jdbc.instant(rs, "created_at"), rs.getString("key_name"), rs.getString("invited_by_email"));
    }
}
