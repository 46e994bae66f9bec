package application.access;

import application.Caller;
import application.failure.Forbidden;
import application.failure.NotFound;
import application.port.out.RelationStore;
import java.util.Objects;
import java.util.UUID;

/**
 * The authorisation rule for every key resource (docs/http-ecs.openapi.yaml, "Roles on a key"): a caller
 * without a relation to the key gets 404 {@code not_found} (key UUIDs do not leak), a caller whose role
 * lacks the permission gets 403 {@code forbidden}. Every use case that touches a key asks this class first.
 */
public final class KeyAccess {
    private final RelationStore relations;

    /** @param relations where user-to-key relations are kept */
    public KeyAccess(RelationStore relations) {
        this.relations = Objects.requireNonNull(relations, "relations");
    }

    /**
     * The caller's grant on {@code keyUuid} when their role allows {@code permission}.
     *
     * @throws NotFound  when the key does not exist or the caller has no relation to it
     * @throws Forbidden when the caller's role does not allow {@code permission}
     */
    public KeyGrant require(Caller caller, UUID keyUuid, KeyPermission permission) {
        Objects.requireNonNull(caller, "caller");
        KeyGrant grant = relations.find(caller.userUuid(), keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found"));
        if (!grant.role().allows(permission)) {
            throw new Forbidden("a " + grant.role().displayName() + " cannot " + permission.action()
                    + " (it needs the Owner role)");
        }
        return grant;
    }
}
