/**
 * The External Claims Storage rules as pure values, shared by every ECS backend (the SFC ECS file, the
 * HTTP client's checks, the self-hosted server): {@link domain.ecs.KeyLedger} (one key's registration,
 * claims and Deltas), {@link domain.ecs.RegisteredKey}, {@link domain.ecs.DeltaRecord} and the decisions
 * {@link domain.ecs.ClaimResult} and {@link domain.ecs.PublishResult}. Imports {@code java.*} and
 * {@code domain.*} only.
 */
package domain.ecs;
