package application.service;

import application.access.KeyGrant;
import application.model.KeyState;
import application.model.StorageRecord;
import application.model.User;
import application.port.in.KeyView;
import application.port.out.StorageDirectory;
import application.port.out.UserDirectory;
import domain.ecs.DeltaRecord;
import domain.ecs.RegisteredKey;
import java.util.Objects;

/** Builds the caller's view of a key from its state, the caller's grant, its storage and its billing user. */
public final class KeyViews {
    private final StorageDirectory storages;
    private final UserDirectory users;

    /** @param storages for the storage name; @param users for the billing user's e-mail */
    public KeyViews(StorageDirectory storages, UserDirectory users) {
        this.storages = Objects.requireNonNull(storages, "storages");
        this.users = Objects.requireNonNull(users, "users");
    }

    /** The view of {@code state} for the holder of {@code grant}. */
    public KeyView of(KeyState state, KeyGrant grant) {
        RegisteredKey reg = state.stored().registration();
        StorageRecord storage = storages.find(state.stored().storageUuid())
                .orElseThrow(() -> new IllegalStateException("key " + reg.keyUuid() + " refers to a missing storage"));
        String billingEmail = users.byUuid(state.stored().billingUserUuid()).map(User::email).orElse("");
        Integer latestDeltaSeq = state.ledger().latestDelta().map(DeltaRecord::seq).orElse(null);
        return new KeyView(reg.keyUuid(), reg.keyName(), reg.shape().nucleusMaps(), reg.shape().rotorMaps(),
                reg.shape().rotorCount(), reg.iterationCapacity(), reg.alphaIterationUuid(), reg.omegasafeVersion(),
                storage.storageUuid(), storage.name(), storage.internal(),
                state.ledger().latestClaimed(0).orElseThrow(), latestDeltaSeq, grant.role(), grant.relationUuid(),
                state.stored().billingUserUuid(), billingEmail,
                grant.userUuid().equals(state.stored().billingUserUuid()));
    }
}
