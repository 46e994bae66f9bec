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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A small secure-mode container file held whole in memory (the local key, cache and ECS-connection
 * containers, the SFC ECS file): read a snapshot, or read-modify-write it under the exclusive
 * cross-process lock ({@link FileLocks}) with an atomic replace ({@link AtomicFiles}), so concurrent
 * threads and processes never lose an update and a crash never leaves half a container.
 *
 * <p>A rewrite keeps the container's salt and costs, so it reuses the derived master key (cached per
 * process, see {@link SfcKey}) and draws only a fresh stream nonce. Files are created 0600 in
 * directories created 0700; a file that other users may access, a symbolic link, a file of another account
 * or a directory other accounts may write to is refused.
 *
 * <p>Identity: every write gives the container a new random write id, stored in the reserved entry
 * {@link #IDENTITY_ENTRY} with the id of the write before it, and records the new id in the witness file
 * {@code <name>.witness} beside it (written after the container). A container whose id is not the witnessed one
 * (nor the one written just before a crash between the two) is not the file this tool last wrote there: it was
 * restored from a backup or copied in. {@link Provenance} reports it; the store decides what to distrust. The
 * reserved entry never reaches callers.
 */
public final class LocalContainerFile {
    /** Reserved entry: 16 bytes of this write's id, then 16 bytes of the previous write's id (zero for the first). */
    public static final UUID IDENTITY_ENTRY = UUID.fromString("9d1c7e52-3a6b-4f08-b2e4-5c7a1f0d8e36");
    /** Suffix of the witness file beside a container. */
    public static final String WITNESS_SUFFIX = ".witness";
    private static final int ID_BYTES = 16;

    /** Where a container read from disk came from, as far as its identity and witness tell. */
    public enum Provenance {
        /** The container this tool last wrote at this path. */
        LAST_WRITTEN,
        /** Written before containers carried an identity (trusted; the next write gives it one). */
        LEGACY,
        /** Not the container last written here: restored from a backup, or copied from elsewhere. */
        RESTORED_OR_COPIED
    }

    /** The entries of a container and its provenance. */
    public record Snapshot(LinkedHashMap<UUID, byte[]> entries, Provenance provenance) { }

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
     * @throws UnsafePathException                 when it is a symbolic link, belongs to another account, or lies
     *                                             in a directory other accounts may write to
     * @throws adapters.out.container.SfcPasswordException when the password is missing or wrong
     * @throws SfcFormatException                  when it is not a secure container or is damaged
     */
    public LinkedHashMap<UUID, byte[]> read(Path path, String password) throws IOException {
        return snapshot(path, password).entries();
    }

    /**
     * As {@link #read}, with the container's provenance. A snapshot that does not match its witness is checked
     * again under the lock before it is called restored (a writer may be between its two steps).
     */
    public Snapshot snapshot(Path path, String password) throws IOException {
        Loaded l = load(path, password);
        Provenance p = provenance(path, l.identity());
        if (p != Provenance.RESTORED_OR_COPIED) return new Snapshot(l.entries(), p);
        try (FileLocks.Held lock = FileLocks.lock(path)) {
            Loaded again = load(path, password);
            return new Snapshot(again.entries(), provenance(path, again.identity()));
        }
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
        return update(path, password, (entries, provenance) -> change.apply(entries));
    }

    /** As {@link #update(Path, String, Function)}, telling {@code change} the provenance of what it was given. */
    public LinkedHashMap<UUID, byte[]> update(Path path, String password,
                                              BiFunction<Map<UUID, byte[]>, Provenance, Map<UUID, byte[]>> change)
            throws IOException {
        try (FileLocks.Held lock = FileLocks.lock(path)) {
            Loaded l = load(path, password);
            Map<UUID, byte[]> changed = change.apply(l.entries(), provenance(path, l.identity()));
            LinkedHashMap<UUID, byte[]> next = new LinkedHashMap<>(Objects.requireNonNull(changed, "changed entries"));
            write(path, l.key(), next, l.identity().map(Identity::id).orElse(new byte[ID_BYTES]));
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
            write(path, SfcKey.forNewContainer(password, params, random), entries, new byte[ID_BYTES]);
            return true;
        }
    }

    /** Creates or replaces the container with {@code entries}, under the lock (salt as above). */
    public void create(Path path, String password, Map<UUID, byte[]> entries) throws IOException {
        prepareDirectory(path);
        try (FileLocks.Held lock = FileLocks.lock(path)) {
            write(path, SfcKey.forNewContainer(password, params, random), entries, new byte[ID_BYTES]);
        }
    }

    /**
     * Writes a copy of a container's entries at {@code copy}: secure mode under the same password, no identity, no
     * witness and no lock of its own (the caller holds the original's lock). For a second record of a container
     * whose loss matters (the SFC ECS file's mirror).
     */
    public void writeCopy(Path copy, String password, Map<UUID, byte[]> entries) throws IOException {
        Path dir = copy.toAbsolutePath().getParent();
        if (dir != null) Permissions.requireSafeDirectory(dir);
        Permissions.requireOwnFile(copy);
        SfcKey key = SfcKey.forNewContainer(password, params, random);
        AtomicFiles.replace(copy, out -> SfcWriter.secure(out, key, random).writeAll(entries));
    }

    /**
     * Reads a copy made by {@link #writeCopy}; empty when there is none.
     *
     * @throws IOException as {@link #read} does for a copy that cannot be used
     */
    public Optional<LinkedHashMap<UUID, byte[]>> readCopy(Path copy, String password) throws IOException {
        if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        return Optional.of(load(copy, password).entries());
    }

    /** The witness file of a container. */
    public static Path witnessOf(Path container) {
        Path abs = container.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + WITNESS_SUFFIX);
    }

    private record Identity(byte[] id, byte[] prev) { }

    private record Loaded(LinkedHashMap<UUID, byte[]> entries, SfcKey key, Optional<Identity> identity) { }

    private static Loaded load(Path path, String password) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) Permissions.requireSafeDirectory(dir);
        Permissions.requireOwnFile(path);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) throw new NoSuchFileException(path.toString());
        if (Permissions.groupOrWorldAccessible(path)) throw new InsecurePermissionsException(path);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS), 1 << 16);
             SfcReader reader = SfcReader.open(in, PasswordSupplier.of(password))) {
            // A plain container in place of a secure one would let anyone who can write the file forge its
            // entries without the password.
            SfcKey key = reader.key().orElseThrow(() -> new SfcFormatException("container is not password-protected"));
            LinkedHashMap<UUID, byte[]> entries = reader.readRemaining();
            byte[] raw = entries.remove(IDENTITY_ENTRY);
            Optional<Identity> identity = Optional.empty();
            if (raw != null) {
                if (raw.length != 2 * ID_BYTES) throw new SfcFormatException("the container's identity entry is damaged");
                ByteBuffer b = ByteBuffer.wrap(raw);
                byte[] id = new byte[ID_BYTES];
                byte[] prev = new byte[ID_BYTES];
                b.get(id).get(prev);
                identity = Optional.of(new Identity(id, prev));
            }
            return new Loaded(entries, key, identity);
        }
    }

    private static Provenance provenance(Path path, Optional<Identity> identity) throws IOException {
        if (identity.isEmpty()) return Provenance.LEGACY;
        Path witness = witnessOf(path);
        Permissions.requireOwnFile(witness);
        if (!Files.exists(witness, LinkOption.NOFOLLOW_LINKS)) return Provenance.RESTORED_OR_COPIED;
        String text = Files.readString(witness, StandardCharsets.US_ASCII).strip();
        String id = HexFormat.of().formatHex(identity.get().id());
        String prev = HexFormat.of().formatHex(identity.get().prev());
        // prev: the container was replaced but the process stopped before it recorded the new id
        return text.equals(id) || text.equals(prev) ? Provenance.LAST_WRITTEN : Provenance.RESTORED_OR_COPIED;
    }

    private void write(Path path, SfcKey key, Map<UUID, byte[]> entries, byte[] previousId) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) Permissions.requireSafeDirectory(dir);
        Permissions.requireOwnFile(path);
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        LinkedHashMap<UUID, byte[]> withIdentity = new LinkedHashMap<>(entries);
        withIdentity.put(IDENTITY_ENTRY, ByteBuffer.allocate(2 * ID_BYTES).put(id).put(previousId).array());
        AtomicFiles.replace(path, out -> SfcWriter.secure(out, key, random).writeAll(withIdentity));
        Path witness = witnessOf(path);
        Permissions.requireOwnFile(witness);
        AtomicFiles.replace(witness, out -> out.write((HexFormat.of().formatHex(id) + "\n").getBytes(StandardCharsets.US_ASCII)));
    }

    private static void prepareDirectory(Path path) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null) Permissions.createPrivateDirectories(dir);
    }
}
