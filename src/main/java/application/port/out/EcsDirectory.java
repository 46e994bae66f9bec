package application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The locally configured ECS connections (the ECS container of a config root). Updates are atomic and
 * safe against other processes using the same config root.
 */
public interface EcsDirectory {

    /** Every configured entry, in creation order. */
    List<EcsEntry> list();

    /** The entry with that UUID, if configured. */
    Optional<EcsEntry> find(UUID uuid);

    /**
     * Adds a new entry. Fails with {@link IllegalArgumentException} when another entry already has the
     * same name, the same SFC path or the same UUID; nothing is written then.
     */
    void add(EcsEntry entry);
}
