package adapters.in.rest;

import adapters.in.rest.dto.Bodies;
import adapters.in.rest.dto.SharingJson;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import application.port.in.ManageRelations;

/** {@code /v1/keys/{key_uuid}/relations}: list and remove (Owner). */
@Path("/v1/keys/{key_uuid}/relations")
@Produces(MediaType.APPLICATION_JSON)
public class RelationsResource {
    private final RequestCaller caller;
    private final ManageRelations relations;

    /** Wires the use case. */
    public RelationsResource(RequestCaller caller, ManageRelations relations) {
        this.caller = caller;
        this.relations = relations;
    }

    /** The key's relations. */
    @GET
    public SharingJson.RelationList relations(@PathParam("key_uuid") String keyUuid) {
        return new SharingJson.RelationList(relations.list(caller.get(), Params.uuid(keyUuid, "key_uuid")).stream()
                .map(SharingJson.RelationJson::of).toList());
    }

    /** Removes a relation. */
    @DELETE
    @Path("/{relation_uuid}")
    public Bodies.Message removeRelation(@PathParam("key_uuid") String keyUuid, @PathParam("relation_uuid") String relationUuid) {
        relations.remove(caller.get(), Params.uuid(keyUuid, "key_uuid"), Params.uuid(relationUuid, "relation_uuid"));
        return new Bodies.Message("Relation removed.");
    }
}
