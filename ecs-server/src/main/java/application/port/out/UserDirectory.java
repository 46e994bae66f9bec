package application.port.out;

import application.model.User;
import java.util.Optional;
import java.util.UUID;

/** The server's users, by UUID and by lower-case e-mail (unique). */
public interface UserDirectory {
    /**
     * Adds a user.
     *
     * @return false when a user with that e-mail exists (nothing changed)
     */
    boolean add(User user);

    /** The user with that lower-case e-mail. */
    Optional<User> byEmail(String email);

    /** The user with that UUID. */
    Optional<User> byUuid(UUID userUuid);
}
