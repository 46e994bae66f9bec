package application.service.claim;

/**
 * The OFFLINE path was taken (OFFLINE_MODE on, or the ECS unavailable) but no single OFFLINE claim can
 * hold the whole request. The message says what to do.
 */
public class InsufficientOfflineCacheException extends RuntimeException {
    public InsufficientOfflineCacheException(String message) { super(message); }

    public InsufficientOfflineCacheException(String message, Throwable cause) { super(message, cause); }
}
