package application.port.in;

import java.util.Set;
import java.util.UUID;

/** On start: fences every key whose witness is ahead of the database. */
public interface DetectRestoredDatabase {
    /**
     * @return the keys fenced by this check
     * @throws application.failure.StorageUnavailable when the witness cannot be read
     */
    Set<UUID> check();
}
