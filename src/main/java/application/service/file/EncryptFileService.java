package application.service.file;

import application.port.in.EncryptFileUseCase;
import application.port.in.OmegaSafeException;
import application.port.out.CapacityExhaustedException;
import application.port.out.ClaimCacheStore;
import application.port.out.Configuration;
import application.port.out.EcsSession;
import application.port.out.PlainFiles;
import application.port.out.Settings;
import application.service.claim.ClaimTarget;
import application.service.claim.ExternalPathGuard;
import application.service.claim.NewerDeltaException;
import application.service.claim.PositionSourceFactory;
import application.service.ecs.EcsResolver;
import application.service.key.LocalKeys;
import domain.key.KeyIteration;
import domain.position.PositionRange;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Encrypts a file with the key's latest Delta: claim the positions, hash the plaintext, then stream
 * prefix, payload and random suffix through the transform into a new container.
 */
public final class EncryptFileService implements EncryptFileUseCase {
    private final Configuration configuration;
    private final LocalKeys keys;
    private final ClaimCacheStore cache;
    private final EcsResolver ecs;
    private final PositionSourceFactory positions;
    private final FileEncryptor encryptor;
    private final PlainFiles files;

    private final application.service.key.DeltaSync deltas;
    private final application.service.key.DeltaRenewal renewal;

    public EncryptFileService(Configuration configuration, LocalKeys keys, ClaimCacheStore cache, EcsResolver ecs,
                              PositionSourceFactory positions, FileEncryptor encryptor, PlainFiles files,
                              application.service.key.DeltaSync deltas, application.service.key.DeltaRenewal renewal) {
        this.deltas = deltas;
        this.renewal = renewal;
        this.configuration = configuration;
        this.keys = keys;
        this.cache = cache;
        this.ecs = ecs;
        this.positions = positions;
        this.encryptor = encryptor;
        this.files = files;
    }

    @Override
    public Result encrypt(Request request) {
        long began = System.nanoTime();
        Settings settings = configuration.load();
        Path input = request.inputFile();
        requireReadableFile(input);
        Path outDir = request.outputDir().orElse(Path.of("")).toAbsolutePath();
        requireDirectory(outDir);
        String outName = request.fileNameOverride().orElseGet(() -> UUID.randomUUID() + ".omegasafe");
        Path target = outDir.resolve(outName);
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw outputExists(target);

        keys.requireAlpha(request.keyUuid());
        KeyIteration latest = keys.latestDelta(request.keyUuid()).orElseThrow(() -> new OmegaSafeException(
                "key " + request.keyUuid() + " has no Delta on this device",
                "run 'omegasafe pull-missing-deltas --key-uuid " + request.keyUuid() + "'"));

        try {
            long length = files.size(input);
            FileEncryptor.Plan plan = encryptor.plan(length);
            KeyIteration delta = latest;
            long capacity = delta.shape().iterationCapacity();
            if (plan.positions() > capacity) {
                throw new OmegaSafeException("file is too large for key " + request.keyUuid() + ": it needs "
                        + plan.positions() + " positions and one key iteration holds " + capacity,
                        "use a key with a larger capacity (see 'omegasafe create-key')");
            }
            UUID ecsUuid = KeyEcsLink.ecsOf(cache, request.keyUuid());
            EcsSession session = ecs.connect(ecs.require(ecsUuid));
            Taken taken;
            try {
                taken = take(session, settings, delta, ecsUuid, plan.positions());
            } catch (CapacityExhaustedException e) {
                if (renewal == null) throw e;
                // D1: another device may have renewed already; else renew here (D6 rolls back on conflict)
                deltas.pull(request.keyUuid(), session, Integer.MAX_VALUE, settings.traditionalLayerPassword());
                KeyIteration newest = keys.latestDelta(request.keyUuid()).orElseThrow();
                if (newest.seq() == delta.seq()) {
                    newest = renewal.renew(session, settings, keys.requireAlpha(request.keyUuid()), delta);
                }
                taken = take(session, settings, newest, ecsUuid, plan.positions());
            }
            delta = taken.delta();
            PositionRange range = taken.range();
            String originalName = input.getFileName() == null ? "file" : input.getFileName().toString();
            request.progress().start(length);
            try {
                encryptor.write(target, delta, range.start(), originalName, plan, () -> files.open(input),
                        settings.traditionalLayerPassword(), request.maxThreads(), request.progress());
            } finally {
                request.progress().finish();
            }
            return new Result(target, length, range.start(), plan.positions(), System.nanoTime() - began);
        } catch (FileAlreadyExistsException e) {
            throw outputExists(target);
        } catch (IOException e) {
            throw new OmegaSafeException("encryption failed: " + describe(e), null, e);
        }
    }

    /**
     * Takes positions of {@code delta}. On the external path the guard first reconciles with the ECS:
     * a same-sequence conflict stops (D2); missing newer Deltas are pulled (D1) and the claim restarts on
     * the newest one. A PERFORMANCE hit never contacts the ECS (D3).
     */
    private record Taken(KeyIteration delta, PositionRange range) { }

    private Taken take(EcsSession session, Settings settings, KeyIteration delta, UUID ecsUuid, long size) {
        KeyIteration current = delta;
        for (int attempt = 0; ; attempt++) {
            ClaimTarget target = new ClaimTarget(current.keyUuid(), current.iterationUuid(), current.seq(),
                    current.shape().iterationCapacity(), ecsUuid);
            ExternalPathGuard guard = deltas == null || attempt > 0 ? ExternalPathGuard.NONE : t -> {
                java.util.List<domain.ecs.DeltaRecord> pulled = deltas.pull(t.keyUuid(), session, Integer.MAX_VALUE,
                        settings.traditionalLayerPassword());
                if (!pulled.isEmpty() && pulled.getLast().seq() > t.seq()) throw new NewerDeltaException(pulled.getLast().seq());
            };
            try {
                return new Taken(current, positions.create(session.claims(), settings, guard).take(target, size));
            } catch (NewerDeltaException e) {
                current = keys.latestDelta(current.keyUuid()).orElseThrow();
            }
        }
    }

    static void requireReadableFile(Path input) {
        if (!Files.exists(input)) {
            throw new OmegaSafeException("input file not found: " + input, "check the path given to --input-file");
        }
        if (!Files.isRegularFile(input)) {
            throw new OmegaSafeException("input is not a regular file: " + input, "pass a file to --input-file");
        }
        if (!Files.isReadable(input)) {
            throw new OmegaSafeException("input file is not readable: " + input, "check the file's permissions");
        }
    }

    static void requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new OmegaSafeException("output directory does not exist: " + dir,
                    "create it first or pass an existing directory to --output-dir");
        }
    }

    static OmegaSafeException outputExists(Path target) {
        return new OmegaSafeException("output file already exists: " + target,
                "remove it, or choose another name with --file-name-override or another --output-dir");
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
