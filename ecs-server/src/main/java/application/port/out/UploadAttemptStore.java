package application.port.out;

import application.model.UploadAttempt;
import java.util.Optional;
import java.util.UUID;

/** Upload attempts the server issued (presigned PUTs), until their Delta is confirmed. */
public interface UploadAttemptStore {
    /** Records an attempt. */
    void add(UploadAttempt attempt);

    /** The attempt with that UUID. */
    Optional<UploadAttempt> find(UUID attemptUuid);

    /** Marks an attempt confirmed (its Delta is registered by another attempt of the same payload). */
    void markConfirmed(UUID attemptUuid);
}
