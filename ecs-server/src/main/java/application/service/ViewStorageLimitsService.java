package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyPermission;
import application.failure.NotFound;
import application.model.KeyState;
import application.model.StorageRecord;
import application.port.in.LimitsView;
import application.port.in.ViewStorageLimits;
import application.port.out.Clock;
import application.port.out.KeyLedgerStore;
import application.port.out.StorageDirectory;
import application.port.out.UsageCounter;
import java.util.Objects;
import java.util.UUID;

/** A key's internal-storage usage and limits (reference key-storage-limits); keys on BYOS get a message instead. */
public final class ViewStorageLimitsService implements ViewStorageLimits {
    private final KeyAccess access;
    private final KeyLedgerStore ledgers;
    private final StorageDirectory storages;
    private final Usage usage;
    private final Clock clock;

    /** Wires the rule, the ports and the server's limits. */
    public ViewStorageLimitsService(KeyAccess access, KeyLedgerStore ledgers, StorageDirectory storages,
                                    UsageCounter counter, Limits limits, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.storages = Objects.requireNonNull(storages, "storages");
        this.usage = new Usage(counter, limits);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LimitsView view(Caller caller, UUID keyUuid) {
        access.require(caller, keyUuid, KeyPermission.VIEW);
        KeyState state = ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found"));
        StorageRecord storage = storages.find(state.stored().storageUuid()).orElseThrow();
        if (!storage.internal()) {
            return new LimitsView(keyUuid, "Storage limits apply to the OmegaSafe internal storage only; this key uses"
                    + " BYOS storage '" + storage.name() + "'.", null);
        }
        return new LimitsView(keyUuid, null, usage.of(keyUuid, clock.now()));
    }
}
