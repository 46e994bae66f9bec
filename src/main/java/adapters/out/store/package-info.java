/**
 * Local state in secure containers: keys ({@code omegasafe_keys.sfc}), claim cache
 * ({@code local_cache.sfc}) and ECS connections ({@code ecs_storage.sfc}), each an adapter of one
 * outbound port over {@link adapters.out.fs.SecureContainer}. Must not import inbound adapters.
 */
package adapters.out.store;

import adapters.out.fs.SecureContainer;
