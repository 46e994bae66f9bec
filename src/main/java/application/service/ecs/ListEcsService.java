package application.service.ecs;

import application.port.in.ListEcsUseCase;
import application.port.out.Configuration;
import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.HttpEcsEntry;
import application.port.out.SfcEcsEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** list-ecs: the configured entries with their connection metadata (never an API key) and the default. */
public final class ListEcsService implements ListEcsUseCase {
    private final Configuration configuration;
    private final EcsDirectory directory;

    public ListEcsService(Configuration configuration, EcsDirectory directory) {
        this.configuration = configuration;
        this.directory = directory;
    }

    @Override
    public Result list() {
        Optional<UUID> def = configuration.load().ecsUuidDefault();
        List<EcsEntry> all = directory.list();
        boolean missing = def.isPresent() && all.stream().noneMatch(e -> e.uuid().equals(def.get()));
        List<Entry> entries = all.stream().map(e -> {
            boolean isDefault = def.map(e.uuid()::equals).orElse(false);
            return switch (e) {
                case SfcEcsEntry s -> new Entry(s.name(), s.uuid(), isDefault, s.path().toString(), null, null, "SFC");
                case HttpEcsEntry h -> new Entry(h.name(), h.uuid(), isDefault, null, h.url(), h.devMode(), "HTTP");
            };
        }).toList();
        return new Result(def, missing, entries);
    }
}
