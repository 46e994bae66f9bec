package adapters.out.ecs.sfc;

import adapters.out.fs.AtomicFiles;
import adapters.out.fs.LocalContainerFile;
import adapters.out.fs.Permissions;
import adapters.out.fs.SecureContainer;
import application.port.out.CapacityExhaustedException;
import application.port.out.ClaimRegistry;
import application.port.out.DeltaConflictException;
import application.port.out.DeltaRegistry;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import application.port.out.KeyRegistry;
import domain.ecs.ClaimResult;
import domain.ecs.DeltaRecord;
import domain.ecs.KeyLedger;
import domain.ecs.PublishResult;
import domain.ecs.RegisteredKey;
import domain.position.PositionRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The SFC ECS: a local secure container file that is the authoritative claims store for the keys
 * registered in it, one {@link KeyLedger} per key. This class is persistence around the ledger: every
 * change is a read-modify-write under the container's exclusive cross-process lock with an atomic replace,
 * so concurrent processes and config roots never receive overlapping ranges. Encrypted Delta payloads are
 * kept beside it in {@code <file>.deltas/<key>/<delta>.sfc}, written once and never overwritten (like a
 * storage that answers {@code If-None-Match: *}).
 *
 * <p>Restores: the file's identity and witness ({@link LocalContainerFile}) tell when it is not the file last
 * written there; every change is also recorded in a mirror ({@code <file>.mirror}), and a restored or copied file
 * is brought forward from it before use ({@link KeyLedger#merge}). A file without a mirror that is not the one
 * last written is refused. Sidecars: {@code .lock}, {@code .witness}, {@code .mirror}, {@code .deltas/}.
 */
public final class SfcEcs implements KeyRegistry, ClaimRegistry, DeltaRegistry {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SfcEcs.class.getName());
    /** Marks the container as an SFC ECS file (entry {@link #FORMAT_ENTRY}). */
    static final UUID FORMAT_ENTRY = UUID.fromString("5f0e3a2c-8d1b-4c6e-9a7f-0b1c2d3e4f50");

    private final SecureContainer container;
    private final DeltaPayloads payloads;

    public SfcEcs(SecureContainer container) {
        this.container = container;
        this.payloads = new DeltaPayloads(Path.of(container.path() + ".deltas"));
    }

    /**
     * Creates an empty SFC ECS file at the container's path, or checks that an existing file opens with
     * this root's password and is an SFC ECS file (attaching a second config root).
     *
     * @return true when a new file was created, false when an existing one was attached to
     * @throws EcsException when an existing file is not an SFC ECS file or does not open with this password
     */
    public static boolean initialise(SecureContainer container) {
        return SfcEcsErrors.translate(container.path(), () -> {
            if (Files.exists(container.path())) {
                LocalContainerFile.Snapshot snapshot = container.snapshot();
                if (!snapshot.entries().containsKey(FORMAT_ENTRY)) {
                    throw new EcsException(container.path() + " is a secure container but not an SFC ECS file");
                }
                if (snapshot.provenance() == LocalContainerFile.Provenance.RESTORED_OR_COPIED) {
                    healed(container, new LinkedHashMap<>(snapshot.entries()));
                }
                return false;
            }
            var entries = new LinkedHashMap<UUID, byte[]>();
            entries.put(FORMAT_ENTRY, "{\"format\":\"omegasafe-sfc-ecs\",\"version\":1}".getBytes(StandardCharsets.UTF_8));
            container.create(entries);
            container.writeMirror(entries);
            return true;
        });
    }

    /** What an SFC ECS file keeps beside it, moved with it: witness, mirror and Delta payloads. */
    static final java.util.List<String> SIDECARS = java.util.List.of(LocalContainerFile.WITNESS_SUFFIX, ".mirror", ".deltas");

    /**
     * Moves the file and its sidecars to {@code target} (which must not exist) under the file's lock, so no process
     * claims from it meanwhile. Within one file system each part is renamed; across file systems, copied and then
     * removed.
     *
     * @throws EcsException when the target exists or a part cannot be moved (parts already moved are moved back)
     */
    public static void move(SecureContainer container, Path target) {
        Path from = container.path().toAbsolutePath();
        Path to = target.toAbsolutePath();
        try (adapters.out.fs.FileLocks.Held lock = adapters.out.fs.FileLocks.lock(from)) {
            if (!Files.exists(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new EcsException("SFC ECS file " + from + " is missing");
            if (Files.exists(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new EcsException(to + " exists already; the SFC ECS file was not moved");
            }
            Permissions.requireOwnFile(from);
            List<Path[]> done = new java.util.ArrayList<>();
            try {
                for (String suffix : SIDECARS) {
                    Path f = Path.of(from + suffix);
                    if (Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Permissions.requireOwnFile(f);
                        Path t = Path.of(to + suffix);
                        Files.move(f, t);
                        done.add(new Path[] {f, t});
                    }
                }
                Files.move(from, to);
            } catch (IOException e) {
                for (Path[] m : done.reversed()) {
                    try {
                        Files.move(m[1], m[0]);
                    } catch (IOException ignored) {
                        // best effort: the message below names the file that could not be moved
                    }
                }
                throw new EcsException("cannot move the SFC ECS file " + from + " to " + to + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new EcsException("cannot move the SFC ECS file " + from + ": " + e.getMessage(), e);
        }
    }

    /**
     * What is wrong with the file now, if anything: missing, not openable, not an SFC ECS file, a damaged key
     * record, or restored without a mirror to bring it forward. Reads only; heals nothing.
     */
    public static Optional<String> check(SecureContainer container) {
        if (!Files.exists(container.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("SFC ECS file " + container.path() + " is missing");
        }
        try {
            LocalContainerFile.Snapshot s = SfcEcsErrors.translate(container.path(), container::snapshot);
            if (!s.entries().containsKey(FORMAT_ENTRY)) return Optional.of(container.path() + " is not an SFC ECS file");
            LinkedHashMap<UUID, byte[]> entries = s.provenance() == LocalContainerFile.Provenance.RESTORED_OR_COPIED
                    ? healed(container, s.entries()) : s.entries();
            for (var e : entries.entrySet()) {
                if (!e.getKey().equals(FORMAT_ENTRY)) SfcLedgerCodec.decode(e.getValue());
            }
            return Optional.empty();
        } catch (EcsException | IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public void register(RegisteredKey key, Optional<UUID> storageUuid) {
        if (storageUuid.isPresent()) throw new EcsException("an SFC ECS keeps Deltas beside its file and has no storages");
        change(entries -> {
            byte[] existing = entries.get(key.keyUuid());
            if (existing != null) {
                if (decode(existing).key().equals(key)) return null;
                throw new EcsException("key " + key.keyUuid() + " is already registered");
            }
            entries.put(key.keyUuid(), SfcLedgerCodec.encode(KeyLedger.register(key)));
            return null;
        });
    }

    @Override
    public Optional<RegisteredKey> find(UUID keyUuid) {
        return ledger(keyUuid).map(KeyLedger::key);
    }

    @Override
    public Optional<application.port.out.EcsKeyInfo> describe(UUID keyUuid) {
        return ledger(keyUuid).map(l -> new application.port.out.EcsKeyInfo(keyUuid, l.key().keyName(), null, null, null,
                l.key().omegasafeVersion(), l.key().iterationCapacity(), l.latestClaimed(0).orElse(-1), null, null, null, null,
                null, null, null, null, null));
    }

    @Override
    public String edit(UUID keyUuid, application.port.out.KeyEdit edit) {
        throw new UnsupportedOperationException("an SFC ECS keeps no key metadata to edit");
    }

    @Override
    public boolean delete(UUID keyUuid) {
        boolean removed = change(entries -> entries.remove(keyUuid) != null);
        payloads.deleteKey(keyUuid);
        return removed;
    }

    @Override
    public PositionRange claim(UUID keyUuid, int seq, long size) {
        if (size < 1) throw new IllegalArgumentException("claim size must be at least 1");
        return change(entries -> {
            KeyLedger ledger = require(entries, keyUuid);
            return switch (ledger.claim(seq, size)) {
                case ClaimResult.Claimed c -> {
                    entries.put(keyUuid, SfcLedgerCodec.encode(c.after()));
                    yield c.range();
                }
                case ClaimResult.Exhausted x -> throw new CapacityExhaustedException("iteration " + seq + " of key " + keyUuid
                        + " has " + x.remaining() + " positions left, " + size + " requested", x.remaining());
                case ClaimResult.UnknownIteration u -> throw new EcsException("key " + keyUuid + " has no iteration " + seq
                        + " registered in this ECS");
            };
        });
    }

    @Override
    public long latestClaimed(UUID keyUuid, int seq) {
        return ledger(keyUuid).orElseThrow(() -> unknownKey(keyUuid)).latestClaimed(seq).orElseThrow(() ->
                new EcsException("key " + keyUuid + " has no iteration " + seq + " in this ECS"));
    }

    @Override
    public void publish(DeltaRecord delta, byte[] encryptedPayload) {
        if (encryptedPayload.length == 0 || encryptedPayload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("an encrypted Delta is 1.." + MAX_PAYLOAD_BYTES + " bytes, got " + encryptedPayload.length);
        }
        change(entries -> {
            KeyLedger ledger = require(entries, delta.keyUuid());
            switch (ledger.publish(delta.deltaUuid(), delta.seq())) {
                case PublishResult.Published p -> {
                    if (!p.record().equals(delta)) throw new EcsException("Delta " + delta.seq() + " does not cover its iteration's positions");
                    payloads.store(delta.keyUuid(), delta.deltaUuid(), encryptedPayload);
                    entries.put(delta.keyUuid(), SfcLedgerCodec.encode(p.after()));
                }
                case PublishResult.AlreadyPublished a -> {
                    if (!Arrays.equals(payloads.load(delta.keyUuid(), delta.deltaUuid()), encryptedPayload)) {
                        throw new DeltaConflictException("Delta " + delta.deltaUuid() + " is already stored with another payload");
                    }
                }
                case PublishResult.SequenceTaken t -> throw new DeltaConflictException("the ECS already has Delta "
                        + t.existing().deltaUuid() + " for sequence " + t.existing().seq() + " of key " + delta.keyUuid());
                case PublishResult.OutOfSequence o -> throw new DeltaConflictException("Delta sequence " + delta.seq()
                        + " does not follow the ECS's latest " + (o.expected() - 1) + " for key " + delta.keyUuid());
            }
            return null;
        });
    }

    @Override
    public List<DeltaRecord> list(UUID keyUuid) {
        return ledger(keyUuid).map(KeyLedger::deltas).orElseThrow(() -> unknownKey(keyUuid));
    }

    @Override
    public byte[] download(UUID keyUuid, UUID deltaUuid) {
        return payloads.load(keyUuid, deltaUuid);
    }

    private Optional<KeyLedger> ledger(UUID keyUuid) {
        LocalContainerFile.Snapshot snapshot = SfcEcsErrors.translate(container.path(), container::snapshot);
        LinkedHashMap<UUID, byte[]> entries = snapshot.entries();
        if (snapshot.provenance() == LocalContainerFile.Provenance.RESTORED_OR_COPIED) entries = healed(container, entries);
        byte[] bytes = entries.get(keyUuid);
        return bytes == null ? Optional.empty() : Optional.of(decode(bytes));
    }

    private KeyLedger require(LinkedHashMap<UUID, byte[]> entries, UUID keyUuid) {
        byte[] bytes = entries.get(keyUuid);
        if (bytes == null) throw unknownKey(keyUuid);
        return decode(bytes);
    }

    private KeyLedger decode(byte[] bytes) {
        try {
            return SfcLedgerCodec.decode(bytes);
        } catch (IllegalStateException e) {
            throw new EcsException("SFC ECS file " + container.path() + " is damaged: " + e.getMessage(), e);
        }
    }

    private static EcsException unknownKey(UUID keyUuid) {
        return new EcsException("key " + keyUuid + " is not registered in this ECS");
    }

    /**
     * A read-modify-write under the file's lock. A file that is not the one last written here (restored from a
     * backup or copied) is first healed from its mirror; every change is recorded in the mirror too.
     */
    private <T> T change(Function<LinkedHashMap<UUID, byte[]>, T> fn) {
        return SfcEcsErrors.translate(container.path(), () -> container.update((entries, provenance) -> {
            if (provenance == LocalContainerFile.Provenance.RESTORED_OR_COPIED) {
                LinkedHashMap<UUID, byte[]> healed = healed(container, entries);
                entries.clear();
                entries.putAll(healed);
            }
            T result = fn.apply(entries);
            container.writeMirror(entries);
            return result;
        }));
    }

    /**
     * The entries of a restored or copied file merged with its mirror: every key the mirror knows, with every Delta
     * of both and the further pointer of each iteration ({@link KeyLedger#merge}), so no range is handed out twice.
     *
     * @throws EcsException when there is no mirror to check against, or the two disagree on a Delta
     */
    static LinkedHashMap<UUID, byte[]> healed(SecureContainer container, LinkedHashMap<UUID, byte[]> entries) {
        Optional<LinkedHashMap<UUID, byte[]>> mirror = container.readMirror();
        if (mirror.isEmpty()) {
            throw new EcsException("SFC ECS file " + container.path() + " is not the file last written there (it was restored "
                    + "from a backup or copied) and has no mirror to check it against; it is not used, so that no position is "
                    + "handed out twice");
        }
        LinkedHashMap<UUID, byte[]> result = new LinkedHashMap<>(entries);
        for (var e : mirror.get().entrySet()) {
            if (e.getKey().equals(FORMAT_ENTRY)) continue;
            byte[] own = result.get(e.getKey());
            try {
                KeyLedger witnessed = SfcLedgerCodec.decode(e.getValue());
                result.put(e.getKey(), SfcLedgerCodec.encode(own == null ? witnessed : SfcLedgerCodec.decode(own).merge(witnessed)));
            } catch (IllegalArgumentException | IllegalStateException bad) {
                throw new EcsException("SFC ECS file " + container.path() + " and its mirror disagree about key " + e.getKey()
                        + " (" + bad.getMessage() + "); replace the file with the current one", bad);
            }
        }
        LOG.warning("SFC ECS file " + container.path() + " is not the file last written there (restored from a backup or "
                + "copied); its claims and Deltas were brought forward from its mirror, so no position is handed out twice.");
        return result;
    }

    /** The payload files beside the ECS file: written once through a hard link, never replaced. */
    private record DeltaPayloads(Path root) {
        Path file(UUID keyUuid, UUID deltaUuid) {
            return root.resolve(keyUuid.toString()).resolve(deltaUuid + ".sfc");
        }

        void store(UUID keyUuid, UUID deltaUuid, byte[] payload) {
            try {
                Path file = file(keyUuid, deltaUuid);
                Permissions.createPrivateDirectories(file.getParent());
                Permissions.requireSafeDirectory(root);
                Permissions.requireSafeDirectory(file.getParent());
                AtomicFiles.createNew(file, out -> out.write(payload));
            } catch (adapters.out.fs.UnsafePathException e) {
                throw new EcsException("refusing " + e.getFile() + ": " + e.why(), e);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw new DeltaConflictException("a Delta payload " + deltaUuid + " is already stored");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] load(UUID keyUuid, UUID deltaUuid) {
            try {
                Path file = file(keyUuid, deltaUuid);
                if (Files.isDirectory(root)) Permissions.requireSafeDirectory(root);
                Permissions.requireOwnFile(file);
                return Files.readAllBytes(file);
            } catch (adapters.out.fs.UnsafePathException e) {
                throw new EcsException("refusing " + e.getFile() + ": " + e.why(), e);
            } catch (NoSuchFileException e) {
                throw new EcsException("the ECS has no payload for Delta " + deltaUuid + " of key " + keyUuid);
            } catch (IOException e) {
                throw new EcsUnavailableException("cannot read Delta payload " + deltaUuid + ": " + e.getMessage(), e);
            }
        }

        void deleteKey(UUID keyUuid) {
            Path dir = root.resolve(keyUuid.toString());
            if (!Files.isDirectory(dir)) return;
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                throw new EcsException("could not remove Delta files of key " + keyUuid + ": " + e.getMessage(), e);
            }
        }
    }
}
