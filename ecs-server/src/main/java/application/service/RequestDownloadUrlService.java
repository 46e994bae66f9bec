package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.failure.NotFound;
import application.model.DeltaFacts;
import application.model.KeyState;
import application.model.PresignedRequest;
import application.model.StorageLocation;
import application.model.StorageRecord;
import application.port.in.RequestDownloadUrl;
import application.port.out.Clock;
import application.port.out.DeltaObjectStore;
import application.port.out.KeyLedgerStore;
import application.port.out.Presigner;
import application.port.out.StorageDirectory;
import application.port.out.UsageCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues a presigned GET of a registered Delta's object in the key's current storage (reference edit-key:
 * objects are copied by the user when a key changes storage), after the download limits and a HEAD that the
 * object exists; counts the download.
 */
public final class RequestDownloadUrlService implements RequestDownloadUrl {
    private final KeyAccess access;
    private final KeyLedgerStore ledgers;
    private final StorageDirectory storages;
    private final Locations locations;
    private final DeltaObjectStore objects;
    private final Presigner presigner;
    private final UsageCounter counter;
    private final Usage usage;
    private final Clock clock;
    private final Duration validity;

    /** Wires the rule and the ports; {@code validity} is how long a presigned URL works. */
    public RequestDownloadUrlService(KeyAccess access, KeyLedgerStore ledgers, StorageDirectory storages,
                                     Locations locations, DeltaObjectStore objects, Presigner presigner,
                                     UsageCounter counter, Limits limits, Clock clock, Duration validity) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.storages = Objects.requireNonNull(storages, "storages");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.presigner = Objects.requireNonNull(presigner, "presigner");
        this.counter = Objects.requireNonNull(counter, "counter");
        this.usage = new Usage(counter, limits);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validity = Objects.requireNonNull(validity, "validity");
    }

    @Override
    public Result request(Caller caller, UUID keyUuid, UUID deltaUuid) {
        access.require(caller, keyUuid, KeyPermission.DELTAS);
        KeyState state = ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found"));
        state.delta(deltaUuid).orElseThrow(() -> new NotFound("Delta " + deltaUuid + " of key " + keyUuid + " not found"));
        DeltaFacts facts = state.payloads().get(deltaUuid);
        StorageRecord storage = storages.find(state.stored().storageUuid()).orElseThrow();
        Instant now = clock.now();
        if (storage.internal()) usage.allowDownload(keyUuid, now);
        StorageLocation location = locations.of(storage);
        String objectKey = location.deltaObjectKey(keyUuid, deltaUuid);
        objects.head(location, objectKey).orElseThrow(() -> new NotFound("the object of Delta " + deltaUuid
                + " is missing from storage '" + storage.name() + "' (expected at " + objectKey + ")"));
        PresignedRequest get = presigner.get(location, objectKey, validity);
        counter.recordDownload(keyUuid, deltaUuid, now);
        return new Result(get, facts.size(), facts.contentMd5());
    }
}
