package application.port.out;

/**
 * Named points between the steps of a multi-step change (create-key, renewal) where the end-to-end tests stop the
 * process as a kill would, to prove that every interruption leaves either nothing or a state the next command
 * completes. In normal use no point is armed and {@link #reached} returns at once.
 */
@FunctionalInterface
public interface FailPoints {
    /** No point armed. */
    FailPoints NONE = name -> { };

    /** Called when the change has reached {@code name}; may end the process there (never returns then). */
    void reached(String name);
}
