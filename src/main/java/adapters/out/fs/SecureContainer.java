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

    /** A snapshot of all entries with the container's provenance (see {@link LocalContainerFile}). */
    public LocalContainerFile.Snapshot snapshot() {
        return ContainerFiles.snapshot(path, password.get());
    }

    /** As {@link #update(Function)}, telling {@code change} the provenance of the entries it was given. */
    public <T> T update(java.util.function.BiFunction<LinkedHashMap<UUID, byte[]>, LocalContainerFile.Provenance, T> change) {
        return ContainerFiles.update(path, password.get(), change);
    }

    /** The mirror of this container: {@code <path>.mirror}, a second record written by {@link #writeMirror}. */
    public Path mirrorPath() {
        return Path.of(path + ".mirror");
    }

    /** Writes {@code entries} to the mirror; call it while holding this container's lock (inside {@link #update}). */
    public void writeMirror(Map<UUID, byte[]> entries) {
        ContainerFiles.writeCopy(mirrorPath(), password.get(), entries);
    }

    /** The mirror's entries, if a mirror exists. */
    public java.util.Optional<LinkedHashMap<UUID, byte[]>> readMirror() {
        return ContainerFiles.readCopy(mirrorPath(), password.get());
    }

    /** Creates (or replaces) the container with {@code entries}. */
    public void create(Map<UUID, byte[]> entries) {
        ContainerFiles.create(path, password.get(), entries);
    }
}
