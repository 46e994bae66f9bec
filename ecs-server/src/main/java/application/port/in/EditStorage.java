package application.port.in;

import application.Caller;
import java.util.Set;
import java.util.UUID;

/** Edits a BYOS storage of the caller and verifies it again. */
public interface EditStorage {
    /** The settings fields that can be sent. */
    enum Field { NAME, PROVIDER, BUCKET_NAME, REGION, ENDPOINT_URL, REMOTE_PATH, ACCESS_KEY_ID, SECRET_ACCESS_KEY }

    /**
     * @param sent which fields of {@code changes} were sent (an absent field keeps its value; a sent null clears
     *             endpoint_url or remote_path)
     * @throws application.failure.InternalStorageImmutable  for the internal storage
     * @throws application.failure.InvalidRequest            when the merged settings break the rules
     * @throws application.failure.StorageVerificationFailed when the merged settings fail verification
     */
    SavedStorage edit(Caller caller, UUID storageUuid, StorageSettings changes, Set<Field> sent);
}
