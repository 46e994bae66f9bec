package application.port.out;

/** The ECS refused the credentials (HTTP 401/403). Never allows the OFFLINE fallback. */
public class EcsAuthenticationException extends EcsException {
    public EcsAuthenticationException(String message) { super(message); }
}
