package application.service;

import application.Caller;
import application.model.Invitation;
import application.port.in.ListInvitations;
import application.port.out.InvitationStore;
import java.util.List;
import java.util.Objects;

/** The pending invitations addressed to the caller's own e-mail (the address is the authorisation). */
public final class ListInvitationsService implements ListInvitations {
    private final InvitationStore invitations;

    /** Wires the port. */
    public ListInvitationsService(InvitationStore invitations) {
        this.invitations = Objects.requireNonNull(invitations, "invitations");
    }

    @Override
    public List<Invitation> list(Caller caller) {
        return invitations.pendingFor(caller.email());
    }
}
