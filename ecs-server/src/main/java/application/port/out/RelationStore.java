package application.port.out;

import application.access.KeyGrant;
import application.access.KeyRole;
import application.model.Relation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** User-to-key relations with their roles; at most one per user and key. */
public interface RelationStore {
    /** The user's relation to the key, if both exist and are related. */
    Optional<KeyGrant> find(UUID userUuid, UUID keyUuid);

    /** Every relation of the key, ordered by e-mail. */
    List<Relation> ofKey(UUID keyUuid);

    /**
     * Removes a relation of the key unless it is the key's last Owner, decided atomically.
     *
     * @return REMOVED, NOT_FOUND (no such relation on that key) or LAST_OWNER (nothing changed)
     */
    Removal remove(UUID keyUuid, UUID relationUuid);

    /** Result of {@link #remove}. */
    enum Removal {
        /** The relation is gone. */
        REMOVED,
        /** No such relation on that key. */
        NOT_FOUND,
        /** The relation is the key's last Owner; nothing changed. */
        LAST_OWNER
    }

    /** Adds a relation (used when a key is shared); false when the user already has one to the key. */
    boolean add(UUID relationUuid, UUID keyUuid, UUID userUuid, KeyRole role);
}
