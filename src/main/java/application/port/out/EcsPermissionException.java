package application.port.out;

/**
 * The ECS knows the caller and the key but the caller's role does not allow the request (HTTP 403): a Maintainer
 * reassigning storage or deleting the key. A user not invited to a key is not told it exists (the key is not found).
 * Classified with authentication failures (never an OFFLINE fallback).
 */
public class EcsPermissionException extends EcsAuthenticationException {
    public EcsPermissionException(String message) { super(message); }
}
