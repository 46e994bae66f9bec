package application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lists the configured ECS entries and the default. */
public interface ListEcsUseCase {

    record Entry(String name, UUID uuid, boolean isDefault, String path, String url, Boolean developmentMode,
                 String type) { }

    /** {@code defaultMissing} is true when ECS_UUID_DEFAULT names an entry that is not configured. */
    record Result(Optional<UUID> defaultEcsUuid, boolean defaultMissing, List<Entry> entries) { }

    Result list();
}
