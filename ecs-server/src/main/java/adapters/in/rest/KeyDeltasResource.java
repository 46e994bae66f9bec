package adapters.in.rest;

import adapters.in.rest.dto.Bodies;
import application.port.in.ListDeltas;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** {@code GET /v1/keys/{key_uuid}/deltas}. */
@Path("/v1/keys/{key_uuid}/deltas")
@Produces(MediaType.APPLICATION_JSON)
public class KeyDeltasResource {
    private final RequestCaller caller;
    private final ListDeltas listDeltas;

    /** Wires the use case. */
    public KeyDeltasResource(RequestCaller caller, ListDeltas listDeltas) {
        this.caller = caller;
        this.listDeltas = listDeltas;
    }

    /** The key's Deltas in sequence order. */
    @GET
    public Bodies.DeltaList list(@PathParam("key_uuid") String keyUuid) {
        UUID key = Params.uuid(keyUuid, "key_uuid");
        return new Bodies.DeltaList(key, listDeltas.list(caller.get(), key).stream().map(DeltasResource::json).toList());
    }
}
