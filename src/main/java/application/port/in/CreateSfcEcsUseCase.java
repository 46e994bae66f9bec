package application.port.in;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/** Adds an SFC ECS entry (creating or attaching to its claims file). */
public interface CreateSfcEcsUseCase {

    record Request(String name, Path sfcPath) {
        public Request {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("ECS name must not be empty");
            Objects.requireNonNull(sfcPath, "sfcPath");
        }
    }

    record Result(UUID ecsUuid, String name, Path path, boolean attachedToExisting) { }

    Result create(Request request);
}
