package adapters.out.store;

import adapters.out.fs.SecureContainer;

import application.port.out.ContainerAccessException;
import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.HttpEcsEntry;
import application.port.out.SfcEcsEntry;
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
 * {@link EcsDirectory} over {@code ecs_storage.sfc}: one entry per ECS connection, addressed by the ECS UUID,
 * holding a small JSON object (the same object {@code export-ecs} writes): {@code ecs_uuid}, {@code ecs_name},
 * {@code ecs_type} ({@code SFC}/{@code HTTP}), {@code path}, {@code url}, {@code api_key},
 * {@code development_mode}, {@code omegasafe_version}.
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
        for (byte[] bytes : container.read().values()) result.add(entry(bytes));
        return result;
    }

    @Override
    public Optional<EcsEntry> find(UUID uuid) {
        byte[] bytes = container.read().get(uuid);
        return bytes == null ? Optional.empty() : Optional.of(entry(bytes));
    }

    @Override
    public void add(EcsEntry entry) {
        container.update(entries -> {
            for (byte[] bytes : entries.values()) {
                EcsEntry other = entry(bytes);
                if (other.uuid().equals(entry.uuid())) throw new IllegalArgumentException("ECS UUID already configured");
                requireDistinct(other, entry);
            }
            entries.put(entry.uuid(), toJson(entry));
            return null;
        });
    }

    @Override
    public void replace(EcsEntry entry) {
        container.update(entries -> {
            if (!entries.containsKey(entry.uuid())) throw new IllegalArgumentException("ECS " + entry.uuid() + " is not configured");
            for (var e : entries.entrySet()) {
                if (!e.getKey().equals(entry.uuid())) requireDistinct(entry(e.getValue()), entry);
            }
            entries.put(entry.uuid(), toJson(entry));
            return null;
        });
    }

    @Override
    public boolean remove(UUID uuid) {
        return container.update(entries -> entries.remove(uuid) != null);
    }

    private static void requireDistinct(EcsEntry other, EcsEntry entry) {
        if (EcsEntry.sameName(other.name(), entry.name())) {
            throw new IllegalArgumentException("an ECS named '" + entry.name() + "' already exists");
        }
        if (other instanceof SfcEcsEntry o && entry instanceof SfcEcsEntry e && o.path().equals(e.path())) {
            throw new IllegalArgumentException("ECS '" + other.name() + "' already uses " + e.path());
        }
    }

    /** The JSON form of an entry (also the export format). */
    public static byte[] toJson(EcsEntry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ecs_uuid", e.uuid().toString());
        n.put("ecs_name", e.name());
        n.put("ecs_type", e.type().name());
        switch (e) {
            case SfcEcsEntry s -> {
                n.put("path", s.path().toString());
                n.putNull("url");
                n.putNull("api_key");
                n.putNull("development_mode");
            }
            case HttpEcsEntry h -> {
                n.putNull("path");
                n.put("url", h.url());
                n.put("api_key", h.apiKey());
                n.put("development_mode", h.devMode());
            }
        }
        n.put("omegasafe_version", e.omegasafeVersion());
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * An entry of this container. One that cannot be read (the file was replaced by another OmegaSafe container
     * under the same password, or damaged) names the file instead of failing as an unexpected error.
     */
    private EcsEntry entry(byte[] bytes) {
        try {
            return fromJson(bytes);
        } catch (IllegalStateException e) {
            throw new ContainerAccessException(ContainerAccessException.Reason.DAMAGED, container.path(), container.path()
                    + " holds an entry that is not an ECS connection (was another container copied over it?)", e);
        }
    }

    /**
     * Parses the JSON form of an entry.
     *
     * @throws IllegalStateException when it is not a valid entry
     */
    public static EcsEntry fromJson(byte[] bytes) {
        try {
            JsonNode n = JSON.readTree(bytes);
            UUID uuid = UUID.fromString(n.path("ecs_uuid").asText());
            String name = n.path("ecs_name").asText();
            String version = text(n, "omegasafe_version");
            return switch (n.path("ecs_type").asText()) {
                case "SFC" -> new SfcEcsEntry(uuid, name, Path.of(text(n, "path")), version);
                case "HTTP" -> new HttpEcsEntry(uuid, name, text(n, "url"), text(n, "api_key"),
                        n.path("development_mode").asBoolean(false), version);
                default -> throw new IllegalArgumentException("unknown ECS type");
            };
        } catch (IOException | RuntimeException ex) {
            throw new IllegalStateException("the ECS container holds an unreadable entry", ex);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
