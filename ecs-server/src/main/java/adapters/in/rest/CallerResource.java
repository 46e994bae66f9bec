package adapters.in.rest;

import adapters.config.EcsConfig;
import adapters.in.rest.dto.Bodies;
import application.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /v1/me} (the API-key check) and {@code GET /v1/cli/version} (the update check, no API key). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {
    private final RequestCaller caller;
    private final EcsConfig config;

    /** Wires the caller holder and the configuration. */
    public CallerResource(RequestCaller caller, EcsConfig config) {
        this.caller = caller;
        this.config = config;
    }

    /** The caller behind the API key. */
    @GET
    @Path("/me")
    public Bodies.Me me() {
        Caller c = caller.get();
        return new Bodies.Me(c.userUuid(), c.email(), c.apiKeyUuid());
    }

    /** The latest CLI version this server announces. */
    @GET
    @Path("/cli/version")
    @PublicEndpoint
    public Bodies.CliVersion cliVersion() {
        return new Bodies.CliVersion(config.cli().latestVersion(), config.cli().downloadUrl().orElse(null));
    }
}
