package application.port.out;

/** The ECS already holds a different Delta for the same sequence number of the key. */
public class DeltaConflictException extends EcsException {
    public DeltaConflictException(String message) { super(message); }
}
