/**
 * ECS backends behind the ECS ports: {@code sfc} (a local secure container file, the embedded default)
 * and {@code http} (the OmegaSafe API over HTTPS). Must not import inbound adapters.
 */
package adapters.out.ecs;
