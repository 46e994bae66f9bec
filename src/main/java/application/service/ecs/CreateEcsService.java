package application.service.ecs;

import application.port.in.CreateEcsUseCase;
import application.port.in.InvalidRequestException;
import application.port.in.failure.EcsFailure;
import application.port.in.failure.FailureException;
import application.port.in.failure.PathFailure;
import application.port.in.failure.PathFailure.Role;
import application.port.out.Configuration;
import application.port.out.EcsConnector;
import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.HttpEcsEntry;
import application.port.out.SfcEcsEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * create-sfc-ecs and create-http-ecs: validates the entry (names unique ignoring case and surrounding blanks;
 * one SFC ECS entry per file, compared by its real path so a symbolic link names the file it points to), makes
 * the backend usable through the connector (an SFC file is created or attached to; an HTTP ECS must accept the
 * API key) and only then saves the entry.
 */
public final class CreateEcsService implements CreateEcsUseCase {
    private final Configuration configuration;
    private final EcsDirectory directory;
    private final EcsConnector connector;
    private final String version;

    public CreateEcsService(Configuration configuration, EcsDirectory directory, EcsConnector connector, String version) {
        this.configuration = configuration;
        this.directory = directory;
        this.connector = connector;
        this.version = version;
    }

    @Override
    public Result create(Request request) {
        configuration.load();
        EcsEntry entry;
        try {
            entry = switch (request) {
                case Request.Sfc s -> new SfcEcsEntry(UUID.randomUUID(), s.name(), sfcPath(s.path()), version);
                case Request.Http h -> new HttpEcsEntry(UUID.randomUUID(), h.name(), h.url(), h.apiKey(), h.devMode(), version);
            };
        } catch (IllegalArgumentException e) {
            throw e instanceof InvalidRequestException i ? i : new InvalidRequestException(e.getMessage());
        }
        requireUnique(directory, entry);
        EcsConnector.Prepared prepared = connector.prepare(entry);
        directory.add(entry);
        return switch (entry) {
            case SfcEcsEntry s -> new Result(s.uuid(), s.name(), "SFC", s.path().toString(), prepared == EcsConnector.Prepared.ATTACHED);
            case HttpEcsEntry h -> new Result(h.uuid(), h.name(), "HTTP", h.url(), false);
        };
    }

    /**
     * Refuses a name another entry has (ignoring case and surrounding blanks) and an SFC file another entry uses.
     *
     * @throws FailureException with {@link EcsFailure.NameTaken} or {@link EcsFailure.PathTaken}
     */
    static void requireUnique(EcsDirectory directory, EcsEntry entry) {
        for (EcsEntry other : directory.list()) {
            if (other.uuid().equals(entry.uuid())) continue;
            if (EcsEntry.sameName(other.name(), entry.name())) throw new FailureException(new EcsFailure.NameTaken(entry.name()));
            if (other instanceof SfcEcsEntry o && entry instanceof SfcEcsEntry e && sameFile(o.path(), e.path())) {
                throw new FailureException(new EcsFailure.PathTaken(o.name(), e.path()));
            }
        }
    }

    /**
     * The absolute, real path of an SFC ECS file: an existing file (or a symbolic link to one) by its real path, a
     * new one in an existing directory by the real path of that directory.
     *
     * @throws FailureException with a {@link PathFailure} when the directory is missing or the path is a directory
     */
    static Path sfcPath(Path given) {
        Path path = given.toAbsolutePath().normalize();
        try {
            if (Files.exists(path)) {
                if (Files.isDirectory(path)) throw new FailureException(new PathFailure.NotARegularFile(Role.SFC_PATH, path));
                return path.toRealPath();
            }
            if (Files.isSymbolicLink(path)) {
                throw new FailureException(new PathFailure.Unsafe(Role.SFC_PATH, path, "a symbolic link to a file that does not exist"));
            }
            Path parent = path.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new FailureException(new PathFailure.NotFound(Role.SFC_PATH, parent == null ? path : parent));
            }
            return parent.toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            throw new FailureException(new PathFailure.ReadFailed(Role.SFC_PATH, path, e.getMessage()), e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
