package application.port.in;

import application.model.StorageRecord;
import java.util.List;

/** A storage after create or edit, with a message and warnings (e.g. DELETE did not work). */
public record SavedStorage(StorageRecord storage, String message, List<String> warnings) {
    /** Copies the warnings. */
    public SavedStorage {
        warnings = List.copyOf(warnings);
    }
}
