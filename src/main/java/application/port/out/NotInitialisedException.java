package application.port.out;

import java.nio.file.Path;

/** The config root has not been initialised (no {@code config.ini} or a missing container). */
public class NotInitialisedException extends RuntimeException {
    private final transient Path path;

    public NotInitialisedException(Path path) {
        super("no OmegaSafe configuration at " + path);
        this.path = path;
    }

    public Path path() { return path; }
}
