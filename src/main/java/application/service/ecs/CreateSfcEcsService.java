package application.service.ecs;

import application.port.in.CreateSfcEcsUseCase;
import application.port.in.OmegaSafeException;
import application.port.out.Configuration;
import application.port.out.EcsConnector;
import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Adds an SFC ECS entry. Name and path must be unique among the configured entries. A new path gets an
 * empty claims file; an existing one is attached to when this root's password opens it (a second
 * device on the same machine).
 */
public final class CreateSfcEcsService implements CreateSfcEcsUseCase {
    private final Configuration configuration;
    private final EcsDirectory directory;
    private final EcsConnector connector;
    private final String version;

    public CreateSfcEcsService(Configuration configuration, EcsDirectory directory, EcsConnector connector,
                               String version) {
        this.configuration = configuration;
        this.directory = directory;
        this.connector = connector;
        this.version = version;
    }

    @Override
    public Result create(Request request) {
        configuration.load();
        Path path = request.sfcPath().toAbsolutePath().normalize();
        for (EcsEntry e : directory.list()) {
            if (e.name().equals(request.name())) {
                throw new OmegaSafeException("an ECS named '" + request.name() + "' already exists",
                        "choose another name with --ecs-name");
            }
            if (e.path() != null && Path.of(e.path()).toAbsolutePath().normalize().equals(path)) {
                throw new OmegaSafeException("ECS '" + e.name() + "' already uses " + path,
                        "choose another file with --sfc-path");
            }
        }
        Path parent = path.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new OmegaSafeException("directory of the SFC ECS file does not exist: " + parent,
                    "create the directory first or pass another --sfc-path");
        }
        if (Files.isDirectory(path)) {
            throw new OmegaSafeException("SFC ECS path is a directory: " + path, "pass a file path to --sfc-path");
        }
        boolean existed = Files.exists(path);
        EcsEntry entry = EcsEntry.sfc(UUID.randomUUID(), request.name(), path.toString(), version);
        connector.initialise(entry);
        directory.add(entry);
        return new Result(entry.uuid(), entry.name(), path, existed);
    }
}
