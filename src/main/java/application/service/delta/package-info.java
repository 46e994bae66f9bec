/**
 * Delta iterations between this device and the ECS: pulling ({@link application.service.delta.DeltaSync}),
 * publishing ({@link application.service.delta.DeltaPublisher}), renewal
 * ({@link application.service.delta.DeltaRenewal}) and the positions of the key's latest Delta for one
 * encryption ({@link application.service.delta.LatestDeltaPositions}). Depends on {@code claim}, {@code stream}
 * and {@code shared}; never on {@code file} or {@code key}.
 */
package application.service.delta;
