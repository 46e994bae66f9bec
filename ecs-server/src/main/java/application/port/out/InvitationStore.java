package application.port.out;

import application.access.KeyRole;
import application.model.Invitation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invitations of e-mail addresses to keys; at most one pending per key and e-mail. */
public interface InvitationStore {
    /**
     * Creates a pending invitation, or gives the pending one for that key and e-mail the new role.
     *
     * @return the pending invitation
     */
    Invitation invite(UUID newInvitationUuid, UUID keyUuid, String email, KeyRole role, UUID invitedBy);

    /** Pending invitations addressed to {@code email}, oldest first. */
    List<Invitation> pendingFor(String email);

    /** A pending invitation. */
    Optional<Invitation> pending(UUID invitationUuid);

    /**
     * Accepts a pending invitation: adds the relation (unless the user has one) and marks the invitation
     * accepted, in one transaction.
     *
     * @return the user's relation to the key, or empty when the invitation was no longer pending
     */
    Optional<application.model.Relation> accept(UUID invitationUuid, UUID userUuid, UUID newRelationUuid);
}
