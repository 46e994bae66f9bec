package application.service;

import application.Caller;
import application.failure.NotFound;
import application.model.Relation;
import application.port.in.AcceptInvitation;
import application.port.out.Entropy;
import application.port.out.InvitationStore;
import java.util.Objects;
import java.util.UUID;

/** Accepts an invitation: only the user whose e-mail it names, while it is pending. */
public final class AcceptInvitationService implements AcceptInvitation {
    private final InvitationStore invitations;
    private final Entropy entropy;

    /** Wires the ports. */
    public AcceptInvitationService(InvitationStore invitations, Entropy entropy) {
        this.invitations = Objects.requireNonNull(invitations, "invitations");
        this.entropy = Objects.requireNonNull(entropy, "entropy");
    }

    @Override
    public Relation accept(Caller caller, UUID invitationUuid) {
        NotFound notFound = new NotFound("invitation " + invitationUuid + " not found");
        invitations.pending(invitationUuid).filter(i -> i.email().equals(caller.email())).orElseThrow(() -> notFound);
        return invitations.accept(invitationUuid, caller.userUuid(), entropy.uuid()).orElseThrow(() -> notFound);
    }
}
