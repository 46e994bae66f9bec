package application.port.in;

import application.Caller;
import application.model.Relation;
import java.util.UUID;

/** Accepts an invitation with the invitee's own API key. */
public interface AcceptInvitation {
    /** @throws application.failure.NotFound when the invitation is not pending or not addressed to the caller */
    Relation accept(Caller caller, UUID invitationUuid);
}
