package application.service.ecs;

import application.port.in.EditEcsUseCase;
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
import application.service.shared.EcsResolver;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * edit-ecs: validates every change before any is made; a new SFC path is either where the file moves (it must not
 * exist) or where it already is (it must be an SFC ECS file this root opens); a new HTTP URL or API key is kept only
 * when the ECS answers and accepts the key, so a failed verification changes nothing (reference: reverts the key).
 */
public final class EditEcsService implements EditEcsUseCase {
    private final Configuration configuration;
    private final EcsDirectory directory;
    private final EcsConnector connector;
    private final EcsResolver ecs;

    public EditEcsService(Configuration configuration, EcsDirectory directory, EcsConnector connector, EcsResolver ecs) {
        this.configuration = configuration;
        this.directory = directory;
        this.connector = connector;
        this.ecs = ecs;
    }

    @Override
    public Summary current(UUID ecsUuid) {
        configuration.load();
        return summary(ecs.require(ecsUuid));
    }

    @Override
    public Result edit(Request request) {
        configuration.load();
        EcsEntry before = ecs.require(request.ecsUuid());
        List<String> applied = new ArrayList<>();
        EcsEntry after = before;
        try {
            if (request.newName().isPresent() && !request.newName().get().strip().equals(before.name())) {
                after = after.withName(request.newName().get());
                applied.add("name: " + before.name() + " -> " + after.name());
            }
            after = switch (after) {
                case SfcEcsEntry s -> sfc(s, request, applied);
                case HttpEcsEntry h -> http(h, request, applied);
            };
        } catch (IllegalArgumentException e) {
            throw e instanceof InvalidRequestException i ? i : new InvalidRequestException(e.getMessage());
        }
        if (applied.isEmpty()) return new Result(summary(before), summary(before), applied);
        CreateEcsService.requireUnique(directory, after);
        if (after instanceof HttpEcsEntry h && before instanceof HttpEcsEntry b && (!h.url().equals(b.url()) || !h.apiKey().equals(b.apiKey()))) {
            connector.prepare(h);
            applied.add("connection verified");
        }
        if (after instanceof SfcEcsEntry s && before instanceof SfcEcsEntry b && !s.path().equals(b.path())) {
            if (request.moveFile()) connector.move(b, s.path()); else connector.prepare(s);
        }
        directory.replace(after);
        return new Result(summary(before), summary(after), applied);
    }

    private static SfcEcsEntry sfc(SfcEcsEntry s, Request request, List<String> applied) {
        if (request.newUrl().isPresent() || request.newApiKey().isPresent()) {
            throw new FailureException(new EcsFailure.WrongType(s.uuid(), s.name(), "SFC", "a URL or API key"));
        }
        if (request.newPath().isEmpty()) return s;
        Path to = request.newPath().get().toAbsolutePath().normalize();
        if (request.moveFile()) {
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) throw new FailureException(new PathFailure.AlreadyExists(Role.SFC_PATH, to));
            Path parent = to.getParent();
            if (parent == null || !Files.isDirectory(parent)) throw new FailureException(new PathFailure.NotFound(Role.SFC_PATH, parent == null ? to : parent));
        } else {
            to = CreateEcsService.sfcPath(to);
            if (!Files.exists(to)) throw new FailureException(new PathFailure.NotFound(Role.SFC_PATH, to));
        }
        if (to.equals(s.path())) return s;
        applied.add("path: " + s.path() + " -> " + to + (request.moveFile() ? " (file moved)" : " (reference only)"));
        return s.withPath(to);
    }

    private static HttpEcsEntry http(HttpEcsEntry h, Request request, List<String> applied) {
        if (request.newPath().isPresent()) throw new FailureException(new EcsFailure.WrongType(h.uuid(), h.name(), "HTTP", "a file path"));
        HttpEcsEntry e = h;
        if (request.newUrl().isPresent()) {
            e = e.withUrl(request.newUrl().get());
            if (!e.url().equals(h.url())) applied.add("URL: " + h.url() + " -> " + e.url());
        }
        if (request.newApiKey().isPresent() && !request.newApiKey().get().equals(h.apiKey())) {
            e = e.withApiKey(request.newApiKey().get());
            applied.add("API key: replaced");
        }
        return e;
    }

    static Summary summary(EcsEntry e) {
        return switch (e) {
            case SfcEcsEntry s -> new Summary(s.uuid(), s.name(), "SFC", s.path().toString(), null);
            case HttpEcsEntry h -> new Summary(h.uuid(), h.name(), "HTTP", h.url(), h.devMode());
        };
    }
}
