package application.port.out;

/** Base of every failure an ECS backend reports. Messages never contain secrets. */
public class EcsException extends RuntimeException {
    public EcsException(String message) { super(message); }
    public EcsException(String message, Throwable cause) { super(message, cause); }
}
