package application.service.claim;

/** The OFFLINE fallback was taken but no single OFFLINE claim can hold the whole request. */
public class InsufficientOfflineCacheException extends RuntimeException {
    public InsufficientOfflineCacheException(String message) { super(message); }
}
