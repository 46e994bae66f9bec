package application.port.in;

import application.Caller;
import java.util.Set;
import java.util.UUID;

/** Edits a BYOS storage of the caller and verifies it again. */
public interface EditStorage {
    /** The settings fields that can be sent. */
    enum Field {
        /** {@code name} */ NAME,
        /** {@code provider} */ PROVIDER,
        /** {@code bucket_name} */ BUCKET_NAME,
        /** {@code region} */ REGION,
        /** {@code endpoint_url} */ ENDPOINT_URL,
        /** {@code remote_path} */ REMOTE_PATH,
        /** {@code access_key_id} */ ACCESS_KEY_ID,
        /** {@code secret_access_key} */ SECRET_ACCESS_KEY
    }

    /**
     * @param sent which fields of {@code changes} were sent (an absent field keeps its value; a sent null clears
     *             endpoint_url or remote_path)
     * @throws application.failure.InternalStorageImmutable  for the internal storage
     * @throws application.failure.InvalidRequest            when the merged settings break the rules
     * @throws application.failure.StorageVerificationFailed when the merged settings fail verification
     */
    SavedStorage edit(Caller caller, UUID storageUuid, StorageSettings changes, Set<Field> sent);
}
