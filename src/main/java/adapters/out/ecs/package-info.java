/**
 * ECS backends behind the ECS ports: {@code sfc} (a local secure container file, the embedded default)
 * and, later, {@code http}. Must not import inbound adapters.
 */
package adapters.out.ecs;
