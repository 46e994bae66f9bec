package application.service.ecs;

import application.port.in.ListEcsUseCase;
import application.port.out.Configuration;
import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.EcsType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lists configured ECS entries and marks the default. */
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
        List<Entry> entries = all.stream().map(e -> new Entry(e.name(), e.uuid(),
                def.map(e.uuid()::equals).orElse(false),
                e.type() == EcsType.SFC ? e.path() : null,
                e.type() == EcsType.HTTP ? e.url() : null,
                e.type() == EcsType.HTTP ? e.devMode() : null,
                e.type().name())).toList();
        return new Result(def, missing, entries);
    }
}
