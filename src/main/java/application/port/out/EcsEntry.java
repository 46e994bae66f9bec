package application.port.out;

import java.util.Objects;
import java.util.UUID;

/**
 * One configured ECS connection as kept in the local ECS container. {@code path} is set for SFC
 * entries; {@code url}, {@code apiKey} and {@code devMode} for HTTP entries. {@link #toString()}
 * never shows the API key.
 */
public record EcsEntry(UUID uuid, String name, EcsType type, String path, String url, String apiKey,
                       Boolean devMode, String omegasafeVersion) {
    public EcsEntry {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("ECS name must not be empty");
        if (type == EcsType.SFC && (path == null || path.isBlank())) {
            throw new IllegalArgumentException("an SFC ECS needs a file path");
        }
        if (type == EcsType.HTTP && (url == null || url.isBlank())) {
            throw new IllegalArgumentException("an HTTP ECS needs a URL");
        }
    }

    /** An SFC ECS entry for the claims file at {@code path}. */
    public static EcsEntry sfc(UUID uuid, String name, String path, String version) {
        return new EcsEntry(uuid, name, EcsType.SFC, path, null, null, null, version);
    }

    @Override
    public String toString() {
        return "EcsEntry[uuid=" + uuid + ", name=" + name + ", type=" + type + ", path=" + path
                + ", url=" + url + ", apiKey=" + (apiKey == null ? "null" : "***") + ", devMode=" + devMode + "]";
    }
}
