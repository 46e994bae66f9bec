package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.failure.KeyFenced;
import application.failure.NotFound;
import application.failure.UploadNotConfirmed;
import application.model.DeltaFacts;
import application.model.KeyState;
import application.model.ObjectFacts;
import application.model.StorageRecord;
import application.model.UploadAttempt;
import application.port.in.ConfirmUpload;
import application.port.out.DeltaObjectStore;
import application.port.out.FenceStore;
import application.port.out.KeyLedgerStore;
import application.port.out.StorageDirectory;
import application.port.out.UploadAttemptStore;
import domain.ecs.DeltaRecord;
import domain.ecs.KeyLedger;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers a Delta after its PUT (reference Delta upload safeguards, the 412 path): the object must exist
 * with the attempt's size and MD5, and its upload-attempt metadata must name this attempt or another attempt
 * of the same payload. The ledger decides the sequence ({@link KeyLedger#publish}); the store's unique
 * (key, seq) decides between concurrent confirmations.
 */
public final class ConfirmUploadService implements ConfirmUpload {
    /** The object metadata the presigned PUT signs (sent as {@code x-amz-meta-upload-attempt}). */
    public static final String ATTEMPT_METADATA = "upload-attempt";

    private final KeyAccess access;
    private final KeyLedgerStore ledgers;
    private final FenceStore fences;
    private final StorageDirectory storages;
    private final Locations locations;
    private final DeltaObjectStore objects;
    private final UploadAttemptStore attempts;

    /** Wires the rule and the ports. */
    public ConfirmUploadService(KeyAccess access, KeyLedgerStore ledgers, FenceStore fences, StorageDirectory storages,
                                Locations locations, DeltaObjectStore objects, UploadAttemptStore attempts) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.fences = Objects.requireNonNull(fences, "fences");
        this.storages = Objects.requireNonNull(storages, "storages");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
    }

    @Override
    public Result confirm(Caller caller, UUID attemptUuid) {
        NotFound notFound = new NotFound("upload attempt " + attemptUuid + " not found");
        UploadAttempt attempt = attempts.find(attemptUuid).orElseThrow(() -> notFound);
        try {
            access.require(caller, attempt.keyUuid(), KeyPermission.DELTAS);
        } catch (NotFound e) {
            throw notFound;
        }
        KeyState state = ledgers.load(attempt.keyUuid()).orElseThrow(() -> notFound);
        Optional<Result> done = alreadyRegistered(state, attempt);
        if (done.isPresent()) return done.get();
        if (fences.isFenced(attempt.keyUuid())) throw new KeyFenced(attempt.keyUuid());
        KeyLedger after = Publications.publishedOrThrow(state.ledger().publish(attempt.deltaUuid(), attempt.seq()), attempt.seq());
        verifyObject(attempt);
        Long floor = fences.floors(attempt.keyUuid()).get(attempt.seq());
        if (floor != null) after = after.fastForwardTo(attempt.seq(), floor);
        DeltaFacts facts = new DeltaFacts(attempt.seq(), attempt.deltaUuid(), attempt.size(), attempt.contentMd5());
        if (!ledgers.publishDelta(state.stored().registration(), facts, after.latestClaimed(attempt.seq()).orElseThrow(),
                attempt.attemptUuid())) {
            KeyState now = ledgers.load(attempt.keyUuid()).orElseThrow(() -> notFound);
            return alreadyRegistered(now, attempt).orElseThrow(
                    () -> Publications.refusal(now.ledger().publish(attempt.deltaUuid(), attempt.seq()), attempt.seq()));
        }
        KeyState now = ledgers.load(attempt.keyUuid()).orElseThrow(() -> notFound);
        return new Result(DeltaViews.of(now, now.delta(attempt.deltaUuid()).orElseThrow()), true);
    }

    /** The answer when the attempt's Delta is registered already (a retried or a second attempt's confirm). */
    private Optional<Result> alreadyRegistered(KeyState state, UploadAttempt attempt) {
        Optional<DeltaRecord> d = state.delta(attempt.deltaUuid());
        if (d.isEmpty() || d.get().seq() != attempt.seq()) return Optional.empty();
        DeltaFacts facts = state.payloads().get(attempt.deltaUuid());
        if (facts == null || facts.size() != attempt.size() || !facts.contentMd5().equals(attempt.contentMd5())) {
            return Optional.empty();
        }
        if (attempt.confirmedAt() == null) attempts.markConfirmed(attempt.attemptUuid());
        return Optional.of(new Result(DeltaViews.of(state, d.get()), false));
    }

    private void verifyObject(UploadAttempt attempt) {
        StorageRecord storage = storages.find(attempt.storageUuid())
                .orElseThrow(() -> new UploadNotConfirmed("the storage of upload attempt " + attempt.attemptUuid() + " no longer exists"));
        ObjectFacts facts = objects.head(locations.of(storage), attempt.objectKey())
                .orElseThrow(() -> new UploadNotConfirmed("no object was uploaded for attempt " + attempt.attemptUuid()
                        + "; PUT it with the presigned URL first"));
        if (facts.size() != attempt.size()) {
            throw new UploadNotConfirmed("the object has " + facts.size() + " bytes, the attempt signed " + attempt.size());
        }
        String md5Hex = HexFormat.of().formatHex(Base64.getDecoder().decode(attempt.contentMd5()));
        if (!md5Hex.equals(facts.etag().toLowerCase(Locale.ROOT))) {
            throw new UploadNotConfirmed("the object's MD5 (ETag) differs from the attempt's content_md5");
        }
        String uploadedBy = facts.metadata().getOrDefault(ATTEMPT_METADATA, "");
        if (!uploadedBy.equals(attempt.attemptUuid().toString()) && !sameDeltaAttempt(uploadedBy, attempt)) {
            throw new UploadNotConfirmed("the object was not uploaded by an attempt of this Delta");
        }
    }

    /** True when {@code uploadedBy} names another attempt the server issued for the same payload. */
    private boolean sameDeltaAttempt(String uploadedBy, UploadAttempt attempt) {
        UUID other;
        try {
            other = UUID.fromString(uploadedBy);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return attempts.find(other).filter(o -> o.samePayloadAs(attempt) && o.objectKey().equals(attempt.objectKey())).isPresent();
    }
}
