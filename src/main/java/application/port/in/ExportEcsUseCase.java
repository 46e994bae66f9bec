package application.port.in;

import application.port.in.ExportKeyUseCase.Protection;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * export-ecs: writes one ECS connection to a new file for backup, migration or another device of the same user. It
 * holds live credentials, so the default protection is a passphrase; plain only when asked.
 */
public interface ExportEcsUseCase {
    record Request(UUID ecsUuid, Path output, Protection protection) {
        public Request {
            Objects.requireNonNull(ecsUuid, "ecsUuid");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(protection, "protection");
        }
    }

    record Result(Path path, UUID ecsUuid, String name, String type, Protection protection) { }

    Result export(Request request);
}
