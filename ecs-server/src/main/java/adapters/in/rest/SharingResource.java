package adapters.in.rest;

import adapters.in.rest.dto.Bodies;
import adapters.in.rest.dto.LimitsJson;
import adapters.in.rest.dto.SharingJson;
import application.port.in.AcceptInvitation;
import application.port.in.InviteToKey;
import application.port.in.ListInvitations;
import application.port.in.ManageRelations;
import application.port.in.ViewStorageLimits;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Sharing (invitations, relations) and the per-key storage limits. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SharingResource {
    private final RequestCaller caller;
    private final InviteToKey invite;
    private final ListInvitations listInvitations;
    private final AcceptInvitation accept;
    private final ManageRelations relations;
    private final ViewStorageLimits limits;

    /** Wires the use cases. */
    public SharingResource(RequestCaller caller, InviteToKey invite, ListInvitations listInvitations, AcceptInvitation accept,
                           ManageRelations relations, ViewStorageLimits limits) {
        this.caller = caller;
        this.invite = invite;
        this.listInvitations = listInvitations;
        this.accept = accept;
        this.relations = relations;
        this.limits = limits;
    }

    /** The key's internal-storage usage and limits. */
    @GET
    @Path("/keys/{key_uuid}/storage_limits")
    public LimitsJson storageLimits(@PathParam("key_uuid") String keyUuid) {
        return LimitsJson.of(limits.view(caller.get(), Params.uuid(keyUuid, "key_uuid")));
    }

    /** Invites an e-mail address to the key. */
    @POST
    @Path("/keys/{key_uuid}/invitations")
    public Response invite(@PathParam("key_uuid") String keyUuid, Bodies.InvitationCreate body) {
        Params.body(body);
        var i = invite.invite(caller.get(), Params.uuid(keyUuid, "key_uuid"), body.email(), body.role());
        return Response.status(201).entity(SharingJson.InvitationJson.of(i)).build();
    }

    /** Pending invitations addressed to the caller. */
    @GET
    @Path("/invitations")
    public SharingJson.InvitationList invitations() {
        return new SharingJson.InvitationList(listInvitations.list(caller.get()).stream().map(SharingJson.InvitationJson::of).toList());
    }

    /** Accepts an invitation. */
    @POST
    @Path("/invitations/{invitation_uuid}/accept")
    public Response accept(@PathParam("invitation_uuid") String invitationUuid) {
        var r = accept.accept(caller.get(), Params.uuid(invitationUuid, "invitation_uuid"));
        return Response.status(201).entity(SharingJson.Acceptance.of(r)).build();
    }

    /** The key's relations. */
    @GET
    @Path("/keys/{key_uuid}/relations")
    public SharingJson.RelationList relations(@PathParam("key_uuid") String keyUuid) {
        return new SharingJson.RelationList(relations.list(caller.get(), Params.uuid(keyUuid, "key_uuid")).stream()
                .map(SharingJson.RelationJson::of).toList());
    }

    /** Removes a relation. */
    @DELETE
    @Path("/keys/{key_uuid}/relations/{relation_uuid}")
    public Bodies.Message removeRelation(@PathParam("key_uuid") String keyUuid, @PathParam("relation_uuid") String relationUuid) {
        relations.remove(caller.get(), Params.uuid(keyUuid, "key_uuid"), Params.uuid(relationUuid, "relation_uuid"));
        return new Bodies.Message("Relation removed.");
    }
}
