package application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import application.Caller;
import application.failure.Forbidden;
import application.failure.NotFound;
import application.model.Relation;
import application.port.out.RelationStore;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The authorisation rule without HTTP: no relation → not found; a Maintainer lacks the Owner-only permissions. */
class KeyAccessTest {
    private final UUID key = UUID.randomUUID();
    private final Map<UUID, KeyRole> roles = new HashMap<>();
    private final KeyAccess access = new KeyAccess(new RelationStore() {
        public Optional<KeyGrant> find(UUID user, UUID k) {
            return k.equals(key) && roles.containsKey(user) ? Optional.of(new KeyGrant(k, user, UUID.randomUUID(), roles.get(user))) : Optional.empty();
        }
        public List<Relation> ofKey(UUID k) { return List.of(); }
        public Removal remove(UUID k, UUID r) { return Removal.NOT_FOUND; }
        public boolean add(UUID r, UUID k, UUID u, KeyRole role) { return false; }
    });

    private Caller caller(KeyRole role) {
        UUID user = UUID.randomUUID();
        if (role != null) roles.put(user, role);
        return new Caller(user, user + "@example.test", UUID.randomUUID());
    }

    @Test
    void withoutARelationEveryPermissionIsNotFound() {
        Caller stranger = caller(null);
        for (KeyPermission p : KeyPermission.values()) assertThrows(NotFound.class, () -> access.require(stranger, key, p));
    }

    @Test
    void anOwnerMayDoEverything() {
        Caller owner = caller(KeyRole.OWNER);
        for (KeyPermission p : KeyPermission.values()) assertEquals(KeyRole.OWNER, access.require(owner, key, p).role());
    }

    @Test
    void aMaintainerClaimsUsesDeltasViewsAndEditsMetadataOnly() {
        Caller maintainer = caller(KeyRole.MAINTAINER);
        Set<KeyPermission> allowed = EnumSet.of(KeyPermission.VIEW, KeyPermission.CLAIM, KeyPermission.DELTAS, KeyPermission.EDIT_METADATA);
        for (KeyPermission p : KeyPermission.values()) {
            if (allowed.contains(p)) assertEquals(KeyRole.MAINTAINER, access.require(maintainer, key, p).role());
            else assertThrows(Forbidden.class, () -> access.require(maintainer, key, p), p.name());
        }
    }

    @Test
    void rolesHaveTheApiIdsAndNames() {
        assertEquals(1, KeyRole.OWNER.id());
        assertEquals("Owner", KeyRole.OWNER.displayName());
        assertEquals(2, KeyRole.MAINTAINER.id());
        assertEquals("Maintainer", KeyRole.MAINTAINER.displayName());
        assertEquals(Optional.of(KeyRole.MAINTAINER), KeyRole.byName("Maintainer"));
        assertEquals(Optional.empty(), KeyRole.byId(3));
    }
}
