package adapters.in.rest;

import adapters.in.rest.dto.Bodies;
import adapters.in.rest.dto.SharingJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import application.port.in.InviteToKey;

/** {@code POST /v1/keys/{key_uuid}/invitations}. */
@Path("/v1/keys/{key_uuid}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyInvitationsResource {
    private final RequestCaller caller;
    private final InviteToKey invite;

    /** Wires the use case. */
    public KeyInvitationsResource(RequestCaller caller, InviteToKey invite) {
        this.caller = caller;
        this.invite = invite;
    }

    /** Invites an e-mail address to the key. */
    @POST
    public Response invite(@PathParam("key_uuid") String keyUuid, Bodies.InvitationCreate body) {
        Params.body(body);
        var i = invite.invite(caller.get(), Params.uuid(keyUuid, "key_uuid"), body.email(), body.role());
        return Response.status(201).entity(SharingJson.InvitationJson.of(i)).build();
    }
}
