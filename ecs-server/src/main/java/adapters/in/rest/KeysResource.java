package adapters.in.rest;

import adapters.in.rest.dto.Bodies;
import adapters.in.rest.dto.KeyJson;
import adapters.in.rest.dto.KeyRegistrationJson;
import application.failure.InvalidRequest;
import application.port.in.DeleteKey;
import application.port.in.EditKey;
import application.port.in.ListKeys;
import application.port.in.RegisterKey;
import application.port.in.ViewKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

/** {@code /v1/keys}: list, register, view, edit, delete. */
@Path("/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeysResource {
    private final RequestCaller caller;
    private final ListKeys listKeys;
    private final RegisterKey registerKey;
    private final ViewKey viewKey;
    private final EditKey editKey;
    private final DeleteKey deleteKey;

    /** Wires the use cases. */
    public KeysResource(RequestCaller caller, ListKeys listKeys, RegisterKey registerKey, ViewKey viewKey, EditKey editKey,
                        DeleteKey deleteKey) {
        this.caller = caller;
        this.listKeys = listKeys;
        this.registerKey = registerKey;
        this.viewKey = viewKey;
        this.editKey = editKey;
        this.deleteKey = deleteKey;
    }

    /** The caller's keys. */
    @GET
    public Bodies.KeyList list() {
        return new Bodies.KeyList(listKeys.list(caller.get()).stream().map(KeyJson::of).toList());
    }

    /** Registers a key: 201, or 200 for an identical retry by its Owner. */
    @POST
    public Response register(KeyRegistrationJson body) {
        RegisterKey.Result r = registerKey.register(caller.get(), Params.body(body).command());
        KeyJson key = KeyJson.of(r.key());
        return r.created() ? Response.created(URI.create("/v1/keys/" + key.keyUuid())).entity(key).build() : Response.ok(key).build();
    }

    /** One key. */
    @GET
    @Path("/{key_uuid}")
    public KeyJson view(@PathParam("key_uuid") String keyUuid) {
        return KeyJson.of(viewKey.view(caller.get(), Params.uuid(keyUuid, "key_uuid")));
    }

    /** Edits name, version or storage. */
    @PATCH
    @Path("/{key_uuid}")
    public Bodies.KeyEdited edit(@PathParam("key_uuid") String keyUuid, ObjectNode body) {
        Params.body(body);
        EditKey.Command command = new EditKey.Command(text(body, "key_name"),
                text(body, "storage_uuid").map(s -> Params.uuid(s, "storage_uuid")), text(body, "omegasafe_version"));
        EditKey.Result r = editKey.edit(caller.get(), Params.uuid(keyUuid, "key_uuid"), command);
        return new Bodies.KeyEdited(r.message(), KeyJson.of(r.key()));
    }

    /** Deletes the key and its Delta objects. */
    @DELETE
    @Path("/{key_uuid}")
    public Bodies.KeyDeleted delete(@PathParam("key_uuid") String keyUuid) {
        DeleteKey.Result r = deleteKey.delete(caller.get(), Params.uuid(keyUuid, "key_uuid"));
        return new Bodies.KeyDeleted("Key deleted; " + r.deletedDeltaObjects() + " Delta object(s) deleted, "
                + r.failedDeltaObjects() + " could not be deleted.", r.deletedDeltaObjects(), r.failedDeltaObjects());
    }

    /** A string field of a PATCH body: absent → empty; null or not a string → 422. */
    static Optional<String> text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null) return Optional.empty();
        if (!n.isTextual()) throw InvalidRequest.of(field, "must be a string");
        return Optional.of(n.textValue());
    }
}
