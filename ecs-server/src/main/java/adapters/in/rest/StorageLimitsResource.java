package adapters.in.rest;

import adapters.in.rest.dto.LimitsJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import application.port.in.ViewStorageLimits;

/** {@code GET /v1/keys/{key_uuid}/storage_limits}. */
@Path("/v1/keys/{key_uuid}/storage_limits")
@Produces(MediaType.APPLICATION_JSON)
public class StorageLimitsResource {
    private final RequestCaller caller;
    private final ViewStorageLimits limits;

    /** Wires the use case. */
    public StorageLimitsResource(RequestCaller caller, ViewStorageLimits limits) {
        this.caller = caller;
        this.limits = limits;
    }

    /** The key's internal-storage usage and limits. */
    @GET
    public LimitsJson storageLimits(@PathParam("key_uuid") String keyUuid) {
        return LimitsJson.of(limits.view(caller.get(), Params.uuid(keyUuid, "key_uuid")));
    }
}
