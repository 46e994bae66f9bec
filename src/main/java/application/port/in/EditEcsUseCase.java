package application.port.in;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * edit-ecs: the name of any entry; an SFC entry's file path (moving the file, or only the reference to it); an HTTP
 * entry's URL and API key (a new API key is kept only when the ECS accepts it).
 */
public interface EditEcsUseCase {
    /**
     * @param newPath  SFC: the file's new path
     * @param moveFile SFC with {@code newPath}: move the file there (true) or only point the entry at a file already
     *                 there (false)
     */
    record Request(UUID ecsUuid, Optional<String> newName, Optional<Path> newPath, boolean moveFile, Optional<String> newUrl,
                   Optional<String> newApiKey) {
        public Request {
            Objects.requireNonNull(ecsUuid, "ecsUuid");
            Objects.requireNonNull(newName, "newName");
            Objects.requireNonNull(newPath, "newPath");
            Objects.requireNonNull(newUrl, "newUrl");
            Objects.requireNonNull(newApiKey, "newApiKey");
            newName.ifPresent(n -> InvalidRequestException.require(!n.isBlank(), "the new ECS name must not be empty"));
            newApiKey.ifPresent(k -> InvalidRequestException.require(!k.isBlank(), "the new API key must not be empty"));
        }

        @Override
        public String toString() {
            return "Request[ecsUuid=" + ecsUuid + ", newName=" + newName + ", newPath=" + newPath + ", moveFile=" + moveFile
                    + ", newUrl=" + newUrl + ", newApiKey=" + newApiKey.map(k -> "***") + "]";
        }
    }

    /** An entry as shown before and after an edit (never its API key). {@code location}: file path or URL. */
    record Summary(UUID ecsUuid, String name, String type, String location, Boolean devMode) { }

    /** {@code applied}: one phrase per change made ("name: a -> b", "API key: verified and replaced"). */
    record Result(Summary before, Summary after, List<String> applied) { }

    /** The entry as it is (for interactive defaults). */
    Summary current(UUID ecsUuid);

    Result edit(Request request);
}
