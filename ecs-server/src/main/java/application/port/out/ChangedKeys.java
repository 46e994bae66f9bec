package application.port.out;

import java.util.Set;
import java.util.UUID;

/** The keys whose pointers changed since the witness last saw them, kept in this process's memory. */
public interface ChangedKeys {
    /** Notes a change; returns at once. */
    void mark(UUID keyUuid);

    /** Takes every noted key out of the set. */
    Set<UUID> drain();
}
