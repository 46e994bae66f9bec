package application.service;

import application.Caller;
import application.access.KeyAccess;
import application.access.KeyGrant;
import application.access.KeyPermission;
import application.failure.NotFound;
import application.failure.StorageChangeUnsupported;
import application.model.KeyState;
import application.model.StorageRecord;
import application.model.StoredKey;
import application.port.in.EditKey;
import application.port.out.KeyLedgerStore;
import application.port.out.StorageDirectory;
import domain.ecs.RegisteredKey;
import java.util.Objects;
import java.util.UUID;

/**
 * Edits a key (reference edit-key): name and version by an Owner or Maintainer; storage by an Owner only,
 * internal → BYOS and BYOS → BYOS but never back to internal. Delta objects are not moved.
 */
public final class EditKeyService implements EditKey {
    private final KeyAccess access;
    private final KeyLedgerStore ledgers;
    private final StorageDirectory storages;
    private final KeyViews views;

    /** Wires the rule and the ports. */
    public EditKeyService(KeyAccess access, KeyLedgerStore ledgers, StorageDirectory storages, KeyViews views) {
        this.access = Objects.requireNonNull(access, "access");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.storages = Objects.requireNonNull(storages, "storages");
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public Result edit(Caller caller, UUID keyUuid, Command c) {
        Checks checks = new Checks();
        checks.check(c.keyName().isPresent() || c.storageUuid().isPresent() || c.omegasafeVersion().isPresent(),
                "key_name", "at least one of key_name, storage_uuid, omegasafe_version is required");
        c.keyName().ifPresent(n -> checks.text(n, "key_name", RegisteredKey.MAX_NAME_LENGTH));
        c.omegasafeVersion().ifPresent(v -> checks.text(v, "omegasafe_version", RegisterKeyService.MAX_VERSION_LENGTH));
        checks.throwIfAny();
        KeyGrant grant = access.require(caller, keyUuid,
                c.storageUuid().isPresent() ? KeyPermission.REASSIGN_STORAGE : KeyPermission.EDIT_METADATA);
        if (c.keyName().isPresent() || c.omegasafeVersion().isPresent()) access.require(caller, keyUuid, KeyPermission.EDIT_METADATA);
        KeyState state = ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found"));
        RegisteredKey reg = state.stored().registration();
        if (c.keyName().isPresent()) reg = reg.withName(c.keyName().get());
        if (c.omegasafeVersion().isPresent()) reg = reg.withVersion(c.omegasafeVersion().get());
        UUID storageUuid = state.stored().storageUuid();
        String message = "Key updated.";
        if (c.storageUuid().isPresent() && !c.storageUuid().get().equals(storageUuid)) {
            StorageRecord current = storages.find(storageUuid).orElseThrow();
            StorageRecord target = storages.find(c.storageUuid().get())
                    .filter(s -> s.internal() || caller.userUuid().equals(s.ownerUserUuid()))
                    .orElseThrow(() -> new NotFound("storage " + c.storageUuid().get() + " not found"));
            if (target.internal() && !current.internal()) throw new StorageChangeUnsupported();
            storageUuid = target.storageUuid();
            message = "Key updated. Delta objects were not moved: copy them to {remote_path}/{key_uuid}/{delta_uuid}"
                    + " in storage '" + target.name() + "'.";
        }
        StoredKey changed = new StoredKey(reg, storageUuid, state.stored().billingUserUuid());
        ledgers.update(changed);
        KeyState after = ledgers.load(keyUuid).orElseThrow(() -> new NotFound("key " + keyUuid + " not found"));
        return new Result(views.of(after, grant), message);
    }
}
