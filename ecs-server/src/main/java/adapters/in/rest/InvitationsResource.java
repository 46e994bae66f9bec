package adapters.in.rest;

import adapters.in.rest.dto.SharingJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import application.port.in.AcceptInvitation;
import application.port.in.ListInvitations;

/** {@code /v1/invitations}: the caller's pending invitations and their acceptance. */
@Path("/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {
    private final RequestCaller caller;
    private final ListInvitations listInvitations;
    private final AcceptInvitation accept;

    /** Wires the use cases. */
    public InvitationsResource(RequestCaller caller, ListInvitations listInvitations, AcceptInvitation accept) {
        this.caller = caller;
        this.listInvitations = listInvitations;
        this.accept = accept;
    }

    /** Pending invitations addressed to the caller. */
    @GET
    public SharingJson.InvitationList invitations() {
        return new SharingJson.InvitationList(listInvitations.list(caller.get()).stream().map(SharingJson.InvitationJson::of).toList());
    }

    /** Accepts an invitation. */
    @POST
    @Path("/{invitation_uuid}/accept")
    public Response accept(@PathParam("invitation_uuid") String invitationUuid) {
        var r = accept.accept(caller.get(), Params.uuid(invitationUuid, "invitation_uuid"));
        return Response.status(201).entity(SharingJson.Acceptance.of(r)).build();
    }
}
