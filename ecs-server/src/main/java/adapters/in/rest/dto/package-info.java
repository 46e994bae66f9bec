/**
 * JSON bodies of docs/http-ecs.openapi.yaml as records; Jackson writes their components in snake_case
 * ({@code quarkus.jackson.property-naming-strategy=SNAKE_CASE}). Request bodies use boxed types so a missing
 * field is seen as null and reported by the use case's validation.
 */
package adapters.in.rest.dto;
