package adapters.out.config;

import application.port.out.FailPoints;
import java.util.function.Function;

/**
 * {@link FailPoints} armed by the environment variable {@code OMEGASAFE_FAILPOINT}: when it names the point
 * reached, the process halts at once with exit code {@value #EXIT_CODE}, as if killed (no shutdown hooks, nothing
 * flushed). Used by the end-to-end interruption tests; unset in normal use.
 */
public final class EnvFailPoints implements FailPoints {
    /** Environment variable naming the armed point. */
    public static final String VARIABLE = "OMEGASAFE_FAILPOINT";
    /** Exit code of a process halted at its fail point. */
    public static final int EXIT_CODE = 86;

    private final String armed;

    public EnvFailPoints(Function<String, String> env) {
        this.armed = env.apply(VARIABLE);
    }

    @Override
    public void reached(String name) {
        if (name.equals(armed)) Runtime.getRuntime().halt(EXIT_CODE);
    }
}
