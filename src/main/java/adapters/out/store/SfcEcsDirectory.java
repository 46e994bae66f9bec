package adapters.out.store;

import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.EcsType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link EcsDirectory} over {@code ecs_storage.sfc}: one entry per ECS connection, addressed by the ECS
 * UUID, holding a small JSON object (the same object {@code export-ecs} writes).
 */
public final class SfcEcsDirectory implements EcsDirectory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SecureContainer container;

    public SfcEcsDirectory(SecureContainer container) {
        this.container = container;
    }

    @Override
    public List<EcsEntry> list() {
        List<EcsEntry> result = new ArrayList<>();
        for (byte[] bytes : container.read().values()) result.add(fromJson(bytes));
        return result;
    }

    @Override
    public Optional<EcsEntry> find(UUID uuid) {
        byte[] bytes = container.read().get(uuid);
        return bytes == null ? Optional.empty() : Optional.of(fromJson(bytes));
    }

    @Override
    public void add(EcsEntry entry) {
        container.update(entries -> {
            for (byte[] bytes : entries.values()) {
                EcsEntry other = fromJson(bytes);
                if (other.uuid().equals(entry.uuid())) throw new IllegalArgumentException("ECS UUID already configured");
                if (other.name().equals(entry.name())) {
                    throw new IllegalArgumentException("an ECS named '" + entry.name() + "' already exists");
                }
                if (entry.path() != null && other.path() != null
                        && Path.of(other.path()).toAbsolutePath().normalize()
                        .equals(Path.of(entry.path()).toAbsolutePath().normalize())) {
                    throw new IllegalArgumentException("ECS '" + other.name() + "' already uses " + entry.path());
                }
            }
            entries.put(entry.uuid(), toJson(entry));
            return null;
        });
    }

    /** The JSON form of an entry (also the export format). */
    public static byte[] toJson(EcsEntry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ecs_uuid", e.uuid().toString());
        n.put("ecs_name", e.name());
        n.put("ecs_type", e.type().name());
        n.put("path", e.path());
        n.put("url", e.url());
        n.put("api_key", e.apiKey());
        if (e.devMode() == null) n.putNull("development_mode"); else n.put("development_mode", e.devMode());
        n.put("omegasafe_version", e.omegasafeVersion());
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Parses the JSON form of an entry. */
    public static EcsEntry fromJson(byte[] bytes) {
        try {
            JsonNode n = JSON.readTree(bytes);
            return new EcsEntry(UUID.fromString(n.path("ecs_uuid").asText()), n.path("ecs_name").asText(),
                    EcsType.valueOf(n.path("ecs_type").asText()), text(n, "path"), text(n, "url"),
                    text(n, "api_key"), n.path("development_mode").isBoolean() ? n.get("development_mode").asBoolean() : null,
                    text(n, "omegasafe_version"));
        } catch (IOException | RuntimeException ex) {
            throw new IllegalStateException("the ECS container holds an unreadable entry", ex);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
