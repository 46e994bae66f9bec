package application.port.in;

import application.Caller;
import application.model.Relation;
import java.util.List;
import java.util.UUID;

/** The users related to a key (Owner). */
public interface ManageRelations {
    /** Ordered by e-mail. */
    List<Relation> list(Caller caller, UUID keyUuid);

    /** @throws application.failure.LastOwner when the relation is the key's last Owner */
    void remove(Caller caller, UUID keyUuid, UUID relationUuid);
}
