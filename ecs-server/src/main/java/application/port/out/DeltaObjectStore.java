package application.port.out;

import application.model.ObjectFacts;
import application.model.StorageLocation;
import java.util.Optional;

/** Delta objects in S3-compatible storage: looked at after an upload, deleted with their key. */
public interface DeltaObjectStore {
    /**
     * HEAD of an object.
     *
     * @return empty when the object does not exist
     * @throws application.failure.StorageUnavailable when the storage does not answer
     */
    Optional<ObjectFacts> head(StorageLocation location, String objectKey);

    /**
     * Deletes an object, best effort.
     *
     * @return false when the storage refused or did not answer
     */
    boolean delete(StorageLocation location, String objectKey);
}
