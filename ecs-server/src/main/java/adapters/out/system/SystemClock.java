package adapters.out.system;

import application.port.out.Clock;
import java.time.Instant;

/** {@link Clock} of the JVM. */
public final class SystemClock implements Clock {
    @Override
    public Instant now() { return Instant.now(); }
}
