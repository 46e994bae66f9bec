package adapters.out.fs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One local secure container file (keys, claim cache, ECS connections, SFC ECS) seen as an ordered map of
 * entries. Reads take a consistent snapshot; updates are read-modify-write under an exclusive
 * cross-process lock with an atomic replace, so concurrent processes never lose an update.
 */
public final class SecureContainer {
    private final Path path;
    private final Supplier<String> password;

    public SecureContainer(Path path, Supplier<String> password) {
        this.path = path;
        this.password = password;
    }

    public Path path() { return path; }

    /** A snapshot of all entries. */
    public LinkedHashMap<UUID, byte[]> read() {
        return ContainerFiles.read(path, password.get());
    }

    /**
     * Runs {@code change} on the current entries under the lock; when it returns, the (possibly modified)
     * map is written back atomically. Returns what {@code change} computed via {@link Update}.
     */
    public <T> T update(Function<LinkedHashMap<UUID, byte[]>, T> change) {
        return ContainerFiles.update(path, password.get(), change);
    }

    /** Creates (or replaces) the container with {@code entries}. */
    public void create(Map<UUID, byte[]> entries) {
        ContainerFiles.create(path, password.get(), entries);
    }
}
