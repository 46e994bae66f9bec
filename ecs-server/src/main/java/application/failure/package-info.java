/**
 * What a use case reports when it cannot do what was asked: one exception per stable problem code of
 * docs/http-ecs.openapi.yaml, sealed under {@link application.failure.EcsFailure} so the REST adapter maps
 * every one in a single table.
 */
package application.failure;
