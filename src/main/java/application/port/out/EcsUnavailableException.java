package application.port.out;

/**
 * The ECS could not be reached or asked to back off: connection failure, timeout, HTTP 429 or 5xx,
 * an SFC ECS file that cannot be read. The only ECS failure class that allows the OFFLINE fallback.
 */
public class EcsUnavailableException extends EcsException {
    public EcsUnavailableException(String message) { super(message); }
    public EcsUnavailableException(String message, Throwable cause) { super(message, cause); }
}
