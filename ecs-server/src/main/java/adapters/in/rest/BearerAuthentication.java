package adapters.in.rest;

import application.port.in.Authenticate;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Authenticates every resource method not marked {@link PublicEndpoint}: {@code Authorization: Bearer <api key>}
 * resolves to the caller, or the request ends with 401 {@code unauthenticated}. The token is never logged.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {
    private static final String BEARER = "bearer ";
    @Context
    ResourceInfo resource;
    private final Authenticate authenticate;
    private final RequestCaller caller;

    /** Wires the use case and the request's caller holder. */
    public BearerAuthentication(Authenticate authenticate, RequestCaller caller) {
        this.authenticate = authenticate;
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)) return;
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.length() > BEARER.length() && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()) : null;
        caller.set(authenticate.authenticate(token));
    }
}
