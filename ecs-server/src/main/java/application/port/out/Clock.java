package application.port.out;

import java.time.Instant;

/** The current time (UTC instants); limits windows, expiry times and timestamps read it. */
public interface Clock {
    /** Now. */
    Instant now();
}
