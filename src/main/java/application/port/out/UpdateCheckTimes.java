package application.port.out;

import java.time.Instant;
import java.util.Optional;

/** When a config root last asked its ECS for the latest CLI version (so batch jobs do not ask on every command). */
public interface UpdateCheckTimes {
    /** The last check, if any. */
    Optional<Instant> last();

    /** Records a check made at {@code when} (best effort: a failure to record is ignored). */
    void record(Instant when);
}
