package adapters.out.ecs.sfc;

import adapters.out.store.SecureContainer;
import application.port.out.CapacityExhaustedException;
import application.port.out.ClaimRegistry;
import application.port.out.DeltaConflictException;
import application.port.out.DeltaRecord;
import application.port.out.DeltaRegistry;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import application.port.out.KeyRegistry;
import application.port.out.RegisteredKey;
import domain.position.PositionRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The SFC ECS: a local secure container file that is the authoritative claims store for the keys
 * registered in it. Every claim is a read-modify-write under the container's exclusive cross-process
 * lock with an atomic replace, so concurrent processes and config roots never receive overlapping
 * ranges. Encrypted Delta payloads are kept beside it in {@code <file>.deltas/<key>/<delta>.sfc}, written
 * once and never overwritten (like a storage that answers {@code If-None-Match: *}).
 */
public final class SfcEcs implements KeyRegistry, ClaimRegistry, DeltaRegistry {
    private final SecureContainer container;
    private final Path deltaDir;

    public SfcEcs(SecureContainer container) {
        this.container = container;
        this.deltaDir = Path.of(container.path() + ".deltas");
    }

    /** Marks the container as an SFC ECS file (entry {@link #FORMAT_ENTRY}). */
    static final UUID FORMAT_ENTRY = UUID.fromString("5f0e3a2c-8d1b-4c6e-9a7f-0b1c2d3e4f50");

    /**
     * Creates an empty SFC ECS file at the container's path, or checks that an existing file opens with
     * this root's password and is an SFC ECS file (attaching a second config root).
     */
    public static void initialise(SecureContainer container) {
        SfcEcsErrors.translate(container.path(), () -> {
            if (java.nio.file.Files.exists(container.path())) {
                if (!container.read().containsKey(FORMAT_ENTRY)) {
                    throw new EcsException(container.path() + " is a secure container but not an SFC ECS file");
                }
            } else {
                var entries = new java.util.LinkedHashMap<UUID, byte[]>();
                entries.put(FORMAT_ENTRY, "{\"format\":\"omegasafe-sfc-ecs\",\"version\":1}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                container.create(entries);
            }
            return null;
        });
    }

    @Override
    public void register(RegisteredKey key) {
        change(entries -> {
            if (entries.containsKey(key.keyUuid())) throw new EcsException("key " + key.keyUuid() + " is already registered");
            entries.put(key.keyUuid(), SfcEcsState.fresh(key).toJson());
            return null;
        });
    }

    @Override
    public Optional<RegisteredKey> find(UUID keyUuid) {
        return state(keyUuid).map(s -> s.key);
    }

    @Override
    public boolean delete(UUID keyUuid) {
        boolean removed = change(entries -> entries.remove(keyUuid) != null);
        Path dir = deltaDir.resolve(keyUuid.toString());
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                throw new EcsException("could not remove Delta files of key " + keyUuid + ": " + e.getMessage(), e);
            }
        }
        return removed;
    }

    @Override
    public PositionRange claim(UUID keyUuid, int seq, long size) {
        if (size < 1) throw new IllegalArgumentException("claim size must be at least 1");
        return change(entries -> {
            SfcEcsState s = require(entries, keyUuid);
            Long latest = s.latestClaimed.get(seq);
            if (latest == null) {
                throw new EcsException("key " + keyUuid + " has no iteration " + seq + " registered in this ECS");
            }
            long last = s.lastPosition(seq);
            long remaining = last - latest;
            if (size > remaining) {
                throw new CapacityExhaustedException("iteration " + seq + " of key " + keyUuid + " has " + remaining
                        + " positions left, " + size + " requested", remaining);
            }
            PositionRange range = PositionRange.ofSize(latest + 1, size);
            s.latestClaimed.put(seq, range.end());
            entries.put(keyUuid, s.toJson());
            return range;
        });
    }

    @Override
    public long latestClaimed(UUID keyUuid, int seq) {
        SfcEcsState s = state(keyUuid).orElseThrow(() -> unknownKey(keyUuid));
        Long latest = s.latestClaimed.get(seq);
        if (latest == null) throw new EcsException("key " + keyUuid + " has no iteration " + seq + " in this ECS");
        return latest;
    }

    @Override
    public void publish(DeltaRecord delta, Path encryptedPayload) {
        Path dir = deltaDir.resolve(delta.keyUuid().toString());
        Path target = dir.resolve(delta.deltaUuid() + ".sfc");
        change(entries -> {
            SfcEcsState s = require(entries, delta.keyUuid());
            int expected = s.deltas.size() + 1;
            for (DeltaRecord d : s.deltas) {
                if (d.seq() == delta.seq()) {
                    throw new DeltaConflictException("the ECS already has Delta " + d.deltaUuid() + " for sequence "
                            + d.seq() + " of key " + delta.keyUuid());
                }
            }
            if (delta.seq() != expected) {
                throw new DeltaConflictException("Delta sequence " + delta.seq() + " does not follow the ECS's latest "
                        + (expected - 1) + " for key " + delta.keyUuid());
            }
            if (!delta.positions().equals(new PositionRange(s.firstPosition(delta.seq()), s.lastPosition(delta.seq())))) {
                throw new EcsException("Delta " + delta.seq() + " does not cover its iteration's positions");
            }
            try {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, ".upload-", ".tmp");
                try {
                    Files.copy(encryptedPayload, tmp, StandardCopyOption.REPLACE_EXISTING);
                    try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                    Files.createLink(target, tmp);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (FileAlreadyExistsException e) {
                throw new DeltaConflictException("a Delta payload " + delta.deltaUuid() + " is already stored");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            s.deltas.add(delta);
            s.latestClaimed.put(delta.seq(), s.firstPosition(delta.seq()) - 1);
            entries.put(delta.keyUuid(), s.toJson());
            return null;
        });
    }

    @Override
    public List<DeltaRecord> list(UUID keyUuid) {
        return state(keyUuid).map(s -> List.copyOf(s.deltas)).orElseThrow(() -> unknownKey(keyUuid));
    }

    @Override
    public void download(UUID keyUuid, UUID deltaUuid, Path target) {
        Path source = deltaDir.resolve(keyUuid.toString()).resolve(deltaUuid + ".sfc");
        try {
            Files.copy(source, target);
        } catch (NoSuchFileException e) {
            throw new EcsException("the ECS has no payload for Delta " + deltaUuid + " of key " + keyUuid);
        } catch (IOException e) {
            throw new EcsUnavailableException("cannot read Delta payload " + deltaUuid + ": " + e.getMessage(), e);
        }
    }

    private Optional<SfcEcsState> state(UUID keyUuid) {
        byte[] bytes = read().get(keyUuid);
        return bytes == null ? Optional.empty() : Optional.of(SfcEcsState.fromJson(bytes));
    }

    private static SfcEcsState require(LinkedHashMap<UUID, byte[]> entries, UUID keyUuid) {
        byte[] bytes = entries.get(keyUuid);
        if (bytes == null) throw unknownKey(keyUuid);
        return SfcEcsState.fromJson(bytes);
    }

    private static EcsException unknownKey(UUID keyUuid) {
        return new EcsException("key " + keyUuid + " is not registered in this ECS");
    }

    private LinkedHashMap<UUID, byte[]> read() {
        return SfcEcsErrors.translate(container.path(), container::read);
    }

    private <T> T change(Function<LinkedHashMap<UUID, byte[]>, T> fn) {
        return SfcEcsErrors.translate(container.path(), () -> container.update(fn));
    }
}
