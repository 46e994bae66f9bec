package application.port.in;

import application.Caller;
import java.util.UUID;

/** Deletes a key with everything the server holds about it (Owner). */
public interface DeleteKey {
    /** How many Delta objects were deleted from the storage and how many could not be. */
    record Result(int deletedDeltaObjects, int failedDeltaObjects) { }

    /** @throws application.failure.Forbidden when the caller is not an Owner */
    Result delete(Caller caller, UUID keyUuid);
}
