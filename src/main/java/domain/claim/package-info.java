/**
 * The claiming system as pure decisions: local claims reserved from the ECS per key iteration, tagged
 * PERFORMANCE or OFFLINE ({@link domain.claim.LocalClaim}, {@link domain.claim.ClaimCacheEntry}), the
 * effective cache sizes ({@link domain.claim.CacheSizing}) and the end-to-end decision flow
 * ({@link domain.claim.ClaimPolicy}), whose answers are values ({@link domain.claim.ClaimDecision},
 * {@link domain.claim.ClaimOutcome}).
 *
 * <p>Imports {@code java.*} and {@code domain.*} only: no I/O, no clock, no randomness, no locking. The
 * application layer reads and stores entries, makes the one ECS call a decision asks for, and holds the
 * cross-process lock around both.
 */
package domain.claim;
