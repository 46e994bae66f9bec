package application.port.in;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/** create-sfc-ecs and create-http-ecs: adds an ECS entry once its backend is usable. */
public interface CreateEcsUseCase {
    /** The entry to create. */
    sealed interface Request {
        String name();

        /** An SFC ECS file at {@code path}: created when missing, attached to when it is an SFC ECS file already. */
        record Sfc(String name, Path path) implements Request {
            public Sfc {
                InvalidRequestException.require(name != null && !name.isBlank(), "ECS name must not be empty");
                Objects.requireNonNull(path, "path");
            }
        }

        /** An HTTP ECS at {@code url} ({@code host[:port][/base]}), kept only when the API key is accepted. */
        record Http(String name, String url, String apiKey, boolean devMode) implements Request {
            public Http {
                InvalidRequestException.require(name != null && !name.isBlank(), "ECS name must not be empty");
                InvalidRequestException.require(url != null && !url.isBlank(), "the ECS URL must not be empty");
                InvalidRequestException.require(apiKey != null && !apiKey.isBlank(), "the API key must not be empty");
            }

            @Override
            public String toString() { return "Http[name=" + name + ", url=" + url + ", apiKey=***, devMode=" + devMode + "]"; }
        }
    }

    /** {@code location}: the SFC file path or the HTTP URL; {@code attachedToExisting} for an existing SFC file. */
    record Result(UUID ecsUuid, String name, String type, String location, boolean attachedToExisting) { }

    Result create(Request request);
}
