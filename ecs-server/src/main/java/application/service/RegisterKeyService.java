package application.service;

import application.Caller;
import application.access.KeyGrant;
import application.access.KeyRole;
import application.failure.InvalidRequest;
import application.failure.KeyExists;
import application.failure.KeyFenced;
import application.failure.NotFound;
import application.model.KeyState;
import application.model.StorageRecord;
import application.model.StoredKey;
import application.port.in.RegisterKey;
import application.port.out.Entropy;
import application.port.out.FenceStore;
import application.port.out.KeyLedgerStore;
import application.port.out.RelationStore;
import application.port.out.StorageDirectory;
import domain.ecs.KeyLedger;
import domain.ecs.RegisteredKey;
import domain.key.KeyShape;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a key: validates the shape and capacity (C = N * R^k, {@link KeyShape}), resolves the storage,
 * and stores the key with its Alpha iteration and the creator's Owner relation. An identical registration by
 * the key's Owner is a retry (200); anything else on a taken UUID is a conflict.
 */
public final class RegisterKeyService implements RegisterKey {
    /** Longest omegasafe_version value, in characters (docs/http-ecs.openapi.yaml). */
    static final int MAX_VERSION_LENGTH = 64;
    /** Most rotors a shape may have: beyond, C overflows 63 bits for any rotor of 2+ maps. */
    static final int MAX_ROTORS = 64;

    private final KeyLedgerStore ledgers;
    private final RelationStore relations;
    private final StorageDirectory storages;
    private final FenceStore fences;
    private final Entropy entropy;
    private final KeyViews views;

    /** Wires the ports. */
    public RegisterKeyService(KeyLedgerStore ledgers, RelationStore relations, StorageDirectory storages,
                              FenceStore fences, Entropy entropy, KeyViews views) {
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.relations = Objects.requireNonNull(relations, "relations");
        this.storages = Objects.requireNonNull(storages, "storages");
        this.fences = Objects.requireNonNull(fences, "fences");
        this.entropy = Objects.requireNonNull(entropy, "entropy");
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public Result register(Caller caller, Command c) {
        RegisteredKey registration = validate(c);
        StorageRecord storage = c.storageUuid() == null ? storages.internal() : storages.find(c.storageUuid())
                .filter(s -> s.internal() || caller.userUuid().equals(s.ownerUserUuid()))
                .orElseThrow(() -> new NotFound("storage " + c.storageUuid() + " not found"));
        StoredKey wanted = new StoredKey(registration, storage.storageUuid(), caller.userUuid());
        if (fences.isFenced(registration.keyUuid())) throw new KeyFenced(registration.keyUuid());
        if (ledgers.wasDeleted(registration.keyUuid())) {
            throw new KeyExists("key " + registration.keyUuid() + " was deleted; register the key under a new UUID");
        }
        Optional<Result> retry = existing(caller, wanted);
        if (retry.isPresent()) return retry.get();
        KeyLedger ledger = KeyLedger.register(registration);
        Long floor = fences.floors(registration.keyUuid()).get(0);
        if (floor != null) ledger = ledger.fastForwardTo(0, floor);
        if (!ledgers.register(wanted, ledger.latestClaimed(0).orElseThrow(), entropy.uuid())) {
            return existing(caller, wanted).orElseThrow(() -> new KeyExists("key " + registration.keyUuid() + " exists"));
        }
        KeyState state = ledgers.load(registration.keyUuid()).orElseThrow();
        KeyGrant grant = relations.find(caller.userUuid(), registration.keyUuid()).orElseThrow();
        return new Result(views.of(state, grant), true);
    }

    /** The answer for a key that is already registered: a retry by its Owner, or a conflict. */
    private Optional<Result> existing(Caller caller, StoredKey wanted) {
        Optional<KeyState> found = ledgers.load(wanted.keyUuid());
        if (found.isEmpty()) return Optional.empty();
        Optional<KeyGrant> grant = relations.find(caller.userUuid(), wanted.keyUuid());
        StoredKey have = found.get().stored();
        boolean identical = have.registration().equals(wanted.registration()) && have.storageUuid().equals(wanted.storageUuid());
        if (grant.isPresent() && grant.get().role() == KeyRole.OWNER && identical) {
            return Optional.of(new Result(views.of(found.get(), grant.get()), false));
        }
        throw new KeyExists("key " + wanted.keyUuid() + " is already registered"
                + (grant.isPresent() ? " with other fields" : ""));
    }

    private static RegisteredKey validate(Command c) {
        Checks checks = new Checks();
        checks.required(c.keyUuid(), "key_uuid");
        checks.text(c.keyName(), "key_name", RegisteredKey.MAX_NAME_LENGTH);
        boolean n = checks.required(c.nucleusMaps(), "nucleus_maps") && checks.check(c.nucleusMaps() >= 1, "nucleus_maps", "must be at least 1");
        boolean r = checks.required(c.rotorMaps(), "rotor_maps") && checks.check(c.rotorMaps() >= 1, "rotor_maps", "must be at least 1");
        boolean k = checks.required(c.rotorCount(), "rotor_count")
                && checks.check(c.rotorCount() >= 1 && c.rotorCount() <= MAX_ROTORS, "rotor_count", "must be 1.." + MAX_ROTORS);
        boolean cap = checks.required(c.iterationCapacity(), "iteration_capacity");
        checks.required(c.alphaIterationUuid(), "alpha_iteration_uuid");
        checks.text(c.omegasafeVersion(), "omegasafe_version", MAX_VERSION_LENGTH);
        KeyShape shape = null;
        if (n && r && k) {
            shape = new KeyShape(c.nucleusMaps(), c.rotorMaps(), c.rotorCount());
            try {
                long expected = shape.iterationCapacity();
                if (cap) checks.check(expected == c.iterationCapacity(), "iteration_capacity",
                        "must equal nucleus_maps * rotor_maps ^ rotor_count = " + expected);
            } catch (ArithmeticException e) {
                checks.fail("iteration_capacity", "nucleus_maps * rotor_maps ^ rotor_count does not fit in 63 bits");
            }
        }
        checks.throwIfAny();
        try {
            return new RegisteredKey(c.keyUuid(), c.keyName(), shape, c.alphaIterationUuid(), c.omegasafeVersion());
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of("key_name", e.getMessage());
        }
    }
}
