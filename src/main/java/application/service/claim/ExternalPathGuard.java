package application.service.claim;

/**
 * Runs when a claim enters the external (ECS) path, before the ECS claim, inside the cache lock: the
 * encrypt flow uses it to reconcile Deltas with the ECS (reference D1, D2). It may throw to stop the
 * claim; nothing is stored then.
 */
@FunctionalInterface
public interface ExternalPathGuard {
    ExternalPathGuard NONE = target -> { };

    void beforeEcsClaim(ClaimTarget target);
}
