package application.service.claim;

/**
 * The ECS returned a range that starts at or below the local high-water floor of the iteration: using
 * it could reuse positions, so the claim is rejected.
 */
public class UnsafeClaimException extends RuntimeException {
    public UnsafeClaimException(String message) { super(message); }
}
