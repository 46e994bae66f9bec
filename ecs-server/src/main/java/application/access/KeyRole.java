package application.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A user's role on a key (docs/http-ecs.openapi.yaml, "Roles on a key"; reference edit-key: OWNER may
 * reassign storage, MAINTAINER may edit name and version). The id and name are the API's
 * {@code key_role_id} and {@code key_role_name}.
 */
public enum KeyRole {
    /** Everything; the creator of a key is its first Owner. */
    OWNER(1, "Owner", EnumSet.allOf(KeyPermission.class)),
    /** Claims, Deltas, view, limits, edit name and version. */
    MAINTAINER(2, "Maintainer", EnumSet.of(KeyPermission.VIEW, KeyPermission.CLAIM, KeyPermission.DELTAS,
            KeyPermission.EDIT_METADATA));

    private final int id;
    private final String displayName;
    private final Set<KeyPermission> permissions;

    KeyRole(int id, String displayName, Set<KeyPermission> permissions) {
        this.id = id;
        this.displayName = displayName;
        this.permissions = permissions;
    }

    /** The API's {@code key_role_id}: 1 Owner, 2 Maintainer. */
    public int id() { return id; }

    /** The API's {@code key_role_name}: "Owner" or "Maintainer". */
    public String displayName() { return displayName; }

    /** True when this role may do what {@code permission} names. */
    public boolean allows(KeyPermission permission) { return permissions.contains(permission); }

    /** The role with that id, if any. */
    public static Optional<KeyRole> byId(int id) {
        for (KeyRole r : values()) if (r.id == id) return Optional.of(r);
        return Optional.empty();
    }

    /** The role with that display name ("Owner", "Maintainer"), if any. */
    public static Optional<KeyRole> byName(String name) {
        for (KeyRole r : values()) if (r.displayName.equals(name)) return Optional.of(r);
        return Optional.empty();
    }
}
