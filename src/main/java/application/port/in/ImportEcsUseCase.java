package application.port.in;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * import-ecs: adds an exported ECS connection to this root, keeping its UUID (keys refer to it). An SFC entry must
 * name an SFC ECS file this root can open; an HTTP entry must be accepted by its ECS.
 */
public interface ImportEcsUseCase {
    record Request(Path input, Optional<String> passphrase) {
        public Request {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(passphrase, "passphrase");
        }

        @Override
        public String toString() { return "Request[input=" + input + "]"; }
    }

    record Result(UUID ecsUuid, String name, String type, String location) { }

    Result importEcs(Request request);
}
