package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.failure.LastOwner;
import application.failure.NotFound;
import application.model.Relation;
import application.port.in.ManageRelations;
import application.port.out.RelationStore;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Lists and removes the relations of a key (Owner); the last Owner stays. */
public final class ManageRelationsService implements ManageRelations {
    private final KeyAccess access;
    private final RelationStore relations;

    /** Wires the rule and the port. */
    public ManageRelationsService(KeyAccess access, RelationStore relations) {
        this.access = Objects.requireNonNull(access, "access");
        this.relations = Objects.requireNonNull(relations, "relations");
    }

    @Override
    public List<Relation> list(Caller caller, UUID keyUuid) {
        access.require(caller, keyUuid, KeyPermission.SHARE);
        return relations.ofKey(keyUuid);
    }

    @Override
    public void remove(Caller caller, UUID keyUuid, UUID relationUuid) {
        access.require(caller, keyUuid, KeyPermission.SHARE);
        switch (relations.remove(keyUuid, relationUuid)) {
            case REMOVED -> { }
            case NOT_FOUND -> throw new NotFound("relation " + relationUuid + " of key " + keyUuid + " not found");
            case LAST_OWNER -> throw new LastOwner();
        }
    }
}
