package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.failure.DeltaTooLarge;
import application.failure.KeyFenced;
import application.failure.NotFound;
import application.model.KeyState;
import application.model.PresignedRequest;
import application.model.StorageLocation;
import application.model.StorageRecord;
import application.model.UploadAttempt;
import application.port.in.RequestUploadUrl;
import application.port.out.Clock;
import application.port.out.DeltaObjectStore;
import application.port.out.Entropy;
import application.port.out.FenceStore;
import application.port.out.KeyLedgerStore;
import application.port.out.Presigner;
import application.port.out.StorageDirectory;
import application.port.out.UploadAttemptStore;
import application.port.out.UsageCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues a presigned PUT for a new Delta (reference create-key, Delta upload safeguards): the sequence must
 * be free and next ({@link domain.ecs.KeyLedger#publish} decides), the payload at most 10 MiB, the upload
 * limits not reached; the storage must answer (a HEAD of the target object), and the signature covers size,
 * MD5, {@code If-None-Match: *} and the attempt UUID.
 */
public final class RequestUploadUrlService implements RequestUploadUrl {
    private final KeyAccess access;
    private final KeyLedgerStore ledgers;
    private final FenceStore fences;
    private final StorageDirectory storages;
    private final Locations locations;
    private final DeltaObjectStore objects;
    private final Presigner presigner;
    private final UploadAttemptStore attempts;
    private final Usage usage;
    private final Clock clock;
    private final Entropy entropy;
    private final Duration validity;

    /** Wires the rule and the ports; {@code validity} is how long a presigned URL works. */
    public RequestUploadUrlService(KeyAccess access, KeyLedgerStore ledgers, FenceStore fences, StorageDirectory storages,
                                   Locations locations, DeltaObjectStore objects, Presigner presigner,
                                   UploadAttemptStore attempts, UsageCounter counter, Limits limits, Clock clock,
                                   Entropy entropy, Duration validity) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.fences = Objects.requireNonNull(fences, "fences");
        this.storages = Objects.requireNonNull(storages, "storages");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.presigner = Objects.requireNonNull(presigner, "presigner");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.usage = new Usage(counter, limits);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.entropy = Objects.requireNonNull(entropy, "entropy");
        this.validity = Objects.requireNonNull(validity, "validity");
    }

    @Override
    public Result request(Caller caller, Command c) {
        Checks checks = new Checks();
        checks.required(c.keyUuid(), "key_uuid");
        checks.required(c.deltaUuid(), "delta_uuid");
        if (checks.required(c.seq(), "seq_number")) checks.check(c.seq() >= 1, "seq_number", "must be at least 1 (0 is the Alpha)");
        if (checks.required(c.size(), "size")) checks.check(c.size() >= 1, "size", "must be at least 1 byte");
        checks.md5(c.contentMd5(), "content_md5");
        checks.throwIfAny();
        if (c.size() > MAX_DELTA_SIZE) throw new DeltaTooLarge(c.size(), MAX_DELTA_SIZE);
        access.require(caller, c.keyUuid(), KeyPermission.DELTAS);
        if (fences.isFenced(c.keyUuid())) throw new KeyFenced(c.keyUuid());
        KeyState state = ledgers.load(c.keyUuid()).orElseThrow(() -> new NotFound("key " + c.keyUuid() + " not found"));
        Publications.publishedOrThrow(state.ledger().publish(c.deltaUuid(), c.seq()), c.seq());
        StorageRecord storage = storages.find(state.stored().storageUuid()).orElseThrow();
        Instant now = clock.now();
        if (storage.internal()) usage.allowUpload(c.keyUuid(), c.seq(), c.deltaUuid(), now);
        StorageLocation location = locations.of(storage);
        String objectKey = location.deltaObjectKey(c.keyUuid(), c.deltaUuid());
        objects.head(location, objectKey);   // the storage must answer now, or the client's PUT would fail later
        UploadAttempt attempt = new UploadAttempt(entropy.uuid(), c.keyUuid(), c.deltaUuid(), c.seq(), c.size(),
                c.contentMd5(), storage.storageUuid(), objectKey, now, now.plus(validity), null);
        PresignedRequest put = presigner.put(location, objectKey, c.size(), c.contentMd5(), attempt.attemptUuid(), validity);
        attempts.add(attempt);
        return new Result(attempt.attemptUuid(), put, c.size(), c.contentMd5());
    }
}
