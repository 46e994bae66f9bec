package application.port.in;

import application.Caller;
import java.util.UUID;

/** A key's usage of the internal storage against the server's per-key limits (Owner or Maintainer). */
public interface ViewStorageLimits {
    /** Counts in UTC days and months. */
    LimitsView view(Caller caller, UUID keyUuid);
}
