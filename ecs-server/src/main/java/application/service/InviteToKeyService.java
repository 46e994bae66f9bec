package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.access.KeyRole;
import application.failure.InvalidRequest;
import application.failure.RelationExists;
import application.model.Invitation;
import application.port.in.InviteToKey;
import application.port.out.Entropy;
import application.port.out.InvitationStore;
import application.port.out.RelationStore;
import application.port.out.UserDirectory;
import java.util.Objects;
import java.util.UUID;

/** Invites an e-mail address to a key (Owner); the invitee accepts with their own API key. */
public final class InviteToKeyService implements InviteToKey {
    private final KeyAccess access;
    private final RelationStore relations;
    private final UserDirectory users;
    private final InvitationStore invitations;
    private final Entropy entropy;

    /** Wires the rule and the ports. */
    public InviteToKeyService(KeyAccess access, RelationStore relations, UserDirectory users, InvitationStore invitations,
                              Entropy entropy) {
        this.access = Objects.requireNonNull(access, "access");
        this.relations = Objects.requireNonNull(relations, "relations");
        this.users = Objects.requireNonNull(users, "users");
        this.invitations = Objects.requireNonNull(invitations, "invitations");
        this.entropy = Objects.requireNonNull(entropy, "entropy");
    }

    @Override
    public Invitation invite(Caller caller, UUID keyUuid, String email, String role) {
        access.require(caller, keyUuid, KeyPermission.SHARE);
        String address = Checks.email(email, "email");
        KeyRole keyRole = role == null ? null : KeyRole.byName(role).orElse(null);
        if (keyRole == null) throw InvalidRequest.of("role", "must be Owner or Maintainer");
        users.byEmail(address).flatMap(u -> relations.find(u.userUuid(), keyUuid)).ifPresent(g -> {
            throw new RelationExists(address + " already has the " + g.role().displayName() + " role on key " + keyUuid);
        });
        return invitations.invite(entropy.uuid(), keyUuid, address, keyRole, caller.userUuid());
    }
}
