package application.port.in;

import application.Caller;
import application.model.Invitation;
import java.util.UUID;

/** Invites an e-mail address to a key with a role (Owner). */
public interface InviteToKey {
    /**
     * @param role "Owner" or "Maintainer"
     * @throws application.failure.RelationExists when the invitee already has a relation to the key
     */
    Invitation invite(Caller caller, UUID keyUuid, String email, String role);
}
