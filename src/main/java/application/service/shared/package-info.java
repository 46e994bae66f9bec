/**
 * What every use case shares: local key lookups ({@link application.service.shared.LocalKeys}), the ECS a
 * command uses and the ECS that holds a key ({@link application.service.shared.EcsResolver}), and the wording-free
 * classification of I/O failures on paths the caller named ({@link application.service.shared.IoFailures}).
 * Depends on no other service package.
 */
package application.service.shared;
