package adapters.in.rest.dto;

import application.model.Invitation;
import application.model.Relation;
import java.util.List;
import java.util.UUID;

/** The sharing schemas: Invitation, InvitationList, Acceptance, Relation, RelationList. */
public final class SharingJson {
    private SharingJson() { }

    /** Invitation. */
    public record InvitationJson(UUID invitationUuid, UUID keyUuid, String email, String role, String status, String createdAt,
                                 String keyName, String invitedByEmail) {
        /** The JSON of an invitation. */
        public static InvitationJson of(Invitation i) {
            return new InvitationJson(i.invitationUuid(), i.keyUuid(), i.email(), i.role().displayName(),
                    i.pending() ? "pending" : "accepted", i.createdAt().toString(), i.keyName(), i.invitedByEmail());
        }
    }

    /** InvitationList. */
    public record InvitationList(List<InvitationJson> invitations) { }

    /** Acceptance. */
    public record Acceptance(UUID userKeyRelationUuid, UUID keyUuid, int keyRoleId, String keyRoleName) {
        /** The JSON of an accepted relation. */
        public static Acceptance of(Relation r) {
            return new Acceptance(r.relationUuid(), r.keyUuid(), r.role().id(), r.role().displayName());
        }
    }

    /** Relation. */
    public record RelationJson(UUID userKeyRelationUuid, UUID userUuid, String email, int keyRoleId, String keyRoleName) {
        /** The JSON of a relation. */
        public static RelationJson of(Relation r) {
            return new RelationJson(r.relationUuid(), r.userUuid(), r.email(), r.role().id(), r.role().displayName());
        }
    }

    /** RelationList. */
    public record RelationList(List<RelationJson> relations) { }
}
