package application.port.out;

/**
 * The ECS knows the caller but its role does not allow the request (HTTP 403): a Maintainer reassigning storage,
 * a user not invited to a key. Classified with authentication failures (never an OFFLINE fallback).
 */
public class EcsPermissionException extends EcsAuthenticationException {
    public EcsPermissionException(String message) { super(message); }
}
