package adapters.in.rest;

import adapters.in.rest.dto.Bodies;
import adapters.in.rest.dto.StorageJson;
import application.failure.InvalidRequest;
import application.port.in.CreateStorage;
import application.port.in.DeleteStorage;
import application.port.in.EditStorage;
import application.port.in.StorageSettings;
import application.port.in.ViewStorages;
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
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** {@code /v1/storages}: list, view, create, edit, delete. Secrets are accepted, never returned. */
@Path("/v1/storages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoragesResource {
    private final RequestCaller caller;
    private final ViewStorages viewStorages;
    private final CreateStorage createStorage;
    private final EditStorage editStorage;
    private final DeleteStorage deleteStorage;

    /** Wires the use cases. */
    public StoragesResource(RequestCaller caller, ViewStorages viewStorages, CreateStorage createStorage, EditStorage editStorage,
                            DeleteStorage deleteStorage) {
        this.caller = caller;
        this.viewStorages = viewStorages;
        this.createStorage = createStorage;
        this.editStorage = editStorage;
        this.deleteStorage = deleteStorage;
    }

    /** The internal storage, then the caller's. */
    @GET
    public StorageJson.StorageList list() {
        return new StorageJson.StorageList(viewStorages.list(caller.get()).stream().map(StorageJson::of).toList());
    }

    /** One storage. */
    @GET
    @Path("/{storage_uuid}")
    public StorageJson view(@PathParam("storage_uuid") String storageUuid) {
        return StorageJson.of(viewStorages.view(caller.get(), Params.uuid(storageUuid, "storage_uuid")));
    }

    /** Creates and verifies a BYOS storage. */
    @POST
    public Response create(ObjectNode body) {
        Params.body(body);
        StorageSettings s = settings(body);
        return Response.status(201).entity(StorageJson.Saved.of(createStorage.create(caller.get(), s))).build();
    }

    /** Edits and verifies a BYOS storage. */
    @PATCH
    @Path("/{storage_uuid}")
    public StorageJson.Saved edit(@PathParam("storage_uuid") String storageUuid, ObjectNode body) {
        Params.body(body);
        Set<EditStorage.Field> sent = EnumSet.noneOf(EditStorage.Field.class);
        for (EditStorage.Field f : EditStorage.Field.values()) {
            if (body.has(f.name().toLowerCase(Locale.ROOT))) sent.add(f);
        }
        return StorageJson.Saved.of(editStorage.edit(caller.get(), Params.uuid(storageUuid, "storage_uuid"), settings(body), sent));
    }

    /** Deletes a BYOS storage entry. */
    @DELETE
    @Path("/{storage_uuid}")
    public Bodies.Message delete(@PathParam("storage_uuid") String storageUuid) {
        deleteStorage.delete(caller.get(), Params.uuid(storageUuid, "storage_uuid"));
        return new Bodies.Message("Storage deleted; its bucket and objects were not touched.");
    }

    private static StorageSettings settings(JsonNode b) {
        return new StorageSettings(text(b, "name"), text(b, "provider"), text(b, "bucket_name"), text(b, "region"),
                text(b, "endpoint_url"), text(b, "remote_path"), text(b, "access_key_id"), text(b, "secret_access_key"));
    }

    /** A string or null field; anything else is 422. */
    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw InvalidRequest.of(field, "must be a string");
        return n.textValue();
    }
}
