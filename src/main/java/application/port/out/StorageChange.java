package application.port.out;

import java.util.List;

/** A storage as the ECS keeps it after a create or edit, its message, and its warnings (a DELETE that failed). */
public record StorageChange(Storage storage, String message, List<String> warnings) {
    public StorageChange {
        warnings = List.copyOf(warnings);
    }
}
