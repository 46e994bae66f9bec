/**
 * Position sources: where an encryption request gets its positions. {@link
 * application.service.claim.CachingPositionSource} runs the reference's claim flow (PERFORMANCE cache,
 * one ECS claim with an optional OFFLINE top-up, OFFLINE fallback) and {@link
 * application.service.claim.DirectPositionSource} claims exactly the request. Both only do I/O (the cache
 * lock, the ECS call) around the decisions of {@code domain.claim.ClaimPolicy}.
 *
 * <p>Imports {@code application.port.*}, {@code domain.*} and {@code java.*} only.
 */
package application.service.claim;
