package adapters.out.postgres;

import application.model.User;
import application.port.out.UserDirectory;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** {@link UserDirectory} on table {@code app_user}. */
public final class PostgresUsers implements UserDirectory {
    private final Jdbc jdbc;

    /** @param dataSource the pool */
    public PostgresUsers(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean add(User user) {
        return jdbc.update("insert into app_user (user_uuid, email) values (?, ?) on conflict (email) do nothing",
                user.userUuid(), user.email()) == 1;
    }

    @Override
    public Optional<User> byEmail(String email) {
        return jdbc.one("select user_uuid, email from app_user where email = ?", PostgresUsers::user, email);
    }

    @Override
    public Optional<User> byUuid(UUID userUuid) {
        return jdbc.one("select user_uuid, email from app_user where user_uuid = ?", PostgresUsers::user, userUuid);
    }

    private static User user(java.sql.ResultSet rs) throws SQLException {
        return new User(Jdbc.uuid(rs, "user_uuid"), rs.getString("email"));
    }
}
