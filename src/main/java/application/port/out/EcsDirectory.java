package application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The locally configured ECS connections (the ECS container of a config root). Updates are atomic and safe
 * against other processes using the same config root. Names are unique ignoring case and surrounding blanks
 * ({@link EcsEntry#sameName}); an SFC ECS file is used by one entry at most.
 */
public interface EcsDirectory {
    /** Every configured entry, in creation order. */
    List<EcsEntry> list();

    /** The entry with that UUID, if configured. */
    Optional<EcsEntry> find(UUID uuid);

    /**
     * Adds a new entry.
     *
     * @throws IllegalArgumentException when another entry has the same UUID, name or SFC file; nothing is written
     */
    void add(EcsEntry entry);

    /**
     * Replaces the entry with the same UUID (edit-ecs).
     *
     * @throws IllegalArgumentException when it is not configured, or another entry has its name or SFC file
     */
    void replace(EcsEntry entry);

    /** Removes the entry; false when it was not configured. */
    boolean remove(UUID uuid);
}
