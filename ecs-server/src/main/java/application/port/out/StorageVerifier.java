package application.port.out;

import application.model.StorageLocation;
import java.util.Optional;

/**
 * Tries a BYOS storage with its credentials (reference create-ecs-storage): LIST, PUT, GET of a temporary
 * connection-test object, then DELETE of it.
 */
public interface StorageVerifier {
    /** What the verification found. */
    record Report(Optional<String> failedOperation, String reason, boolean deleteWorked) {
        /** True when LIST, PUT and GET worked. */
        public boolean usable() { return failedOperation.isEmpty(); }
    }

    /** Runs the verification; never throws for an answer of the storage (only reports it). */
    Report verify(StorageLocation.Byos location);
}
