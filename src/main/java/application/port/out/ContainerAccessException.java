package application.port.out;

import java.nio.file.Path;

/** A local secure container (or SFC ECS file) could not be opened or written. */
public class ContainerAccessException extends RuntimeException {

    /** Why the container could not be used. */
    public enum Reason { MISSING, WRONG_PASSWORD, PASSWORD_REQUIRED, DAMAGED, INSECURE_PERMISSIONS, UNSAFE, IO }

    private final Reason reason;
    private final transient Path path;

    public ContainerAccessException(Reason reason, Path path, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.path = path;
    }

    public Reason reason() { return reason; }

    public Path path() { return path; }
}
