package adapters.out.fs;

import adapters.out.container.KdfParams;
import adapters.out.container.PasswordSupplier;
import adapters.out.container.SfcFormatException;
import adapters.out.container.SfcKey;
import adapters.out.container.SfcRandom;
import adapters.out.container.SfcReader;
import adapters.out.container.SfcWriter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A small secure-mode container file held whole in memory (the local key, cache and ECS-connection
 * containers, the SFC ECS file): read a snapshot, or read-modify-write it under the exclusive
 * cross-process lock ({@link FileLocks}) with an atomic replace ({@link AtomicFiles}), so concurrent
 * threads and processes never lose an update and a crash never leaves half a container.
 *
 * <p>A rewrite keeps the container's salt and costs, so it reuses the derived master key (cached per
 * process, see {@link SfcKey}) and draws only a fresh stream nonce. Files are created 0600 in
 * directories created 0700; a file that other users may access is refused.
 */
public final class LocalContainerFile {
    private final KdfParams params;
    private final SfcRandom random;

    /** Containers created with {@link KdfParams#DEFAULT} and the platform CSPRNG. */
    public LocalContainerFile() {
        this(KdfParams.DEFAULT, SfcRandom.system());
    }

    /** Containers created with these Argon2id costs and this randomness (fixed only in tests). */
    public LocalContainerFile(KdfParams params, SfcRandom random) {
        this.params = params.validated();
        this.random = Objects.requireNonNull(random);
    }

    /**
     * A consistent snapshot of the entries, in order. Needs no lock: files are only ever replaced whole.
     *
     * @throws java.nio.file.NoSuchFileException   when the file does not exist
     * @throws InsecurePermissionsException        when group or others may access it
     * @throws adapters.out.container.SfcPasswordException when the password is missing or wrong
     * @throws SfcFormatException                  when it is not a secure container or is damaged
     */
    public LinkedHashMap<UUID, byte[]> read(Path path, String password) throws IOException {
        return load(path, password).entries();
    }

    /**
     * Under the exclusive lock: reads the entries, applies {@code change} to a mutable copy, and replaces
     * the file atomically with the map it returns (it may return its argument). Returns what was written.
     * Exceptions of {@code change} propagate and leave the file untouched.
     *
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     */
    public LinkedHashMap<UUID, byte[]> update(Path path, String password,
                                              Function<Map<UUID, byte[]>, Map<UUID, byte[]>> change) throws IOException {
        try (FileLocks.Held lock = FileLocks.lock(path)) {
            Snapshot s = load(path, password);
            Map<UUID, byte[]> changed = change.apply(s.entries());
            LinkedHashMap<UUID, byte[]> next = new LinkedHashMap<>(Objects.requireNonNull(changed, "changed entries"));
            write(path, s.key(), next);
            return next;
        }
    }

    /**
     * Creates the container with {@code entries} under the lock unless the file exists (then leaves it
     * alone). A new container takes the salt this process already uses for the password
     * ({@link SfcKey#forNewContainer}), else a fresh one. Returns true when it was created.
     */
    public boolean createIfAbsent(Path path, String password, Map<UUID, byte[]> entries) throws IOException {
        prepareDirectory(path);
        try (FileLocks.Held lock = FileLocks.lock(path)) {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return false;
            write(path, SfcKey.forNewContainer(password, params, random), entries);
            return true;
        }
    }

    /** Creates or replaces the container with {@code entries}, under the lock (salt as above). */
    public void create(Path path, String password, Map<UUID, byte[]> entries) throws IOException {
        prepareDirectory(path);
        try (FileLocks.Held lock = FileLocks.lock(path)) {
            write(path, SfcKey.forNewContainer(password, params, random), entries);
        }
    }

    private record Snapshot(LinkedHashMap<UUID, byte[]> entries, SfcKey key) { }

    private static Snapshot load(Path path, String password) throws IOException {
        if (Permissions.groupOrWorldAccessible(path)) throw new InsecurePermissionsException(path);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
             SfcReader reader = SfcReader.open(in, PasswordSupplier.of(password))) {
            // A plain container in place of a secure one would let anyone who can write the file forge its
            // entries without the password.
            SfcKey key = reader.key().orElseThrow(() -> new SfcFormatException("container is not password-protected"));
            return new Snapshot(reader.readRemaining(), key);
        }
    }

    private void write(Path path, SfcKey key, Map<UUID, byte[]> entries) throws IOException {
        AtomicFiles.replace(path, out -> SfcWriter.secure(out, key, random).writeAll(entries));
    }

    private static void prepareDirectory(Path path) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) Permissions.createPrivateDirectories(dir);
    }
}
