/**
 * The claim flow: where a request gets its positions. {@link application.service.claim.ClaimFlow} runs the
 * reference's decision flow in steps (local PERFORMANCE cache or OFFLINE_MODE; one ECS claim with an optional
 * OFFLINE top-up; the OFFLINE fallback), each under the cache store's lock, around the decisions of
 * {@code domain.claim.ClaimPolicy}; the results are values ({@link application.service.claim.ClaimStep}).
 *
 * <p>Imports {@code application.port.*}, {@code application.service.shared}, {@code domain.*} and {@code java.*} only.
 */
package application.service.claim;
