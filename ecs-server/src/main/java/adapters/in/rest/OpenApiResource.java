package adapters.in.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code GET /q/openapi}: the contract, byte for byte the committed docs/http-ecs.openapi.yaml (the build
 * copies it into the class path, so there is one source).
 */
@Path("/q/openapi")
public class OpenApiResource {
    /** Where the build puts docs/http-ecs.openapi.yaml. */
    static final String RESOURCE = "/openapi/http-ecs.openapi.yaml";

    /** The document, as application/yaml (RFC 9512). */
    @GET
    @PublicEndpoint
    @Produces("application/yaml")
    public Response document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the build did not copy docs/http-ecs.openapi.yaml to " + RESOURCE);
            return Response.ok(in.readAllBytes()).build();
        }
    }
}
