/**
 * The HTTP API of docs/http-ecs.openapi.yaml (JAX-RS, Quarkus REST + Jackson). Resources are thin: parse,
 * call one use case with the authenticated caller, map the result to JSON. {@link adapters.in.rest.Problems}
 * is the one table from failures to RFC 9457 problem details; {@link adapters.in.rest.BearerAuthentication}
 * authenticates every {@code /v1} request but those marked {@link adapters.in.rest.PublicEndpoint}.
 * Authorisation is the use cases' rule, never decided here.
 */
package adapters.in.rest;
