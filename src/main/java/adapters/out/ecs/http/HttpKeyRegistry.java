package adapters.out.ecs.http;

import adapters.out.ecs.http.HttpClients.EcsClient;
import application.port.out.EcsException;
import application.port.out.EcsKeyInfo;
import application.port.out.EcsRejectedException;
import application.port.out.KeyEdit;
import application.port.out.KeyRegistry;
import domain.ecs.RegisteredKey;
import domain.key.KeyShape;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Key registrations through {@code /v1/keys}. {@link #find} and {@link #describe} read the key's answer once per
 * session ({@link KeyViews}); every change forgets it.
 */
final class HttpKeyRegistry implements KeyRegistry {
    private static final Logger LOG = Logger.getLogger(HttpKeyRegistry.class.getName());
    private final Supplier<EcsClient> clients;
    private final KeyViews views;

    HttpKeyRegistry(Supplier<EcsClient> clients, KeyViews views) {
        this.clients = clients;
        this.views = views;
    }

    @Override
    public void register(RegisteredKey key, Optional<UUID> storageUuid) {
        KeyShape s = key.shape();
        EcsApi.KeyRegistration body = new EcsApi.KeyRegistration(key.keyUuid(), key.keyName(), s.nucleusMaps(), s.rotorMaps(),
                s.rotorCount(), key.iterationCapacity(), key.alphaIterationUuid(), key.omegasafeVersion(), storageUuid.orElse(null));
        EcsClient c = clients.get();
        try {
            c.failures().call(() -> c.api().registerKey(body));
        } catch (EcsApiFailures.NotFound e) {
            throw new EcsRejectedException("not_found", c.failures().where() + ": storage " + storageUuid.map(UUID::toString)
                    .orElse("(internal)") + " does not exist or does not belong to this account", List.of());
        } finally {
            views.changed(key.keyUuid());
        }
    }

    @Override
    public Optional<RegisteredKey> find(UUID keyUuid) {
        return views.key(keyUuid).map(k -> registered(k, clients.get().failures()));
    }

    @Override
    public Optional<EcsKeyInfo> describe(UUID keyUuid) {
        return views.key(keyUuid).map(HttpKeyRegistry::info);
    }

    /**
     * Sends the fields present in {@code edit} ({@code PATCH /v1/keys/{key}}).
     *
     * @throws IllegalArgumentException when nothing would change
     */
    @Override
    public String edit(UUID keyUuid, KeyEdit edit) {
        if (edit.isEmpty()) throw new IllegalArgumentException("nothing to change: give a name, a storage or a version");
        EcsApi.KeyEdit body = new EcsApi.KeyEdit(edit.keyName().orElse(null), edit.storageUuid().orElse(null),
                edit.omegasafeVersion().orElse(null));
        EcsClient c = clients.get();
        try {
            return c.failures().call(() -> c.api().editKey(keyUuid, body)).message();
        } finally {
            views.changed(keyUuid);
        }
    }

    @Override
    public boolean delete(UUID keyUuid) {
        EcsClient c = clients.get();
        try {
            EcsApi.KeyDeleted d = c.failures().call(() -> c.api().deleteKey(keyUuid));
            if (d.failedDeltaObjects() != null && d.failedDeltaObjects() > 0) {
                LOG.warning(c.failures().where() + " deleted key " + keyUuid + " but could not delete "
                        + d.failedDeltaObjects() + " of its Delta files from the storage; they stay there");
            }
            return true;
        } catch (EcsApiFailures.NotFound e) {
            return false;
        } finally {
            views.changed(keyUuid);
        }
    }

    /** The registration in the key's answer; its capacity must be the one its shape gives. */
    static RegisteredKey registered(EcsApi.Key k, EcsApiFailures failures) {
        try {
            RegisteredKey key = new RegisteredKey(k.keyUuid(), k.keyName(), new KeyShape(k.nucleusMaps(), k.rotorMaps(), k.rotorCount()),
                    k.alphaIterationUuid(), k.omegasafeVersion());
            if (k.iterationCapacity() != null && k.iterationCapacity() != key.iterationCapacity()) {
                throw new IllegalArgumentException("iteration_capacity does not match the shape");
            }
            return key;
        } catch (RuntimeException e) {
            throw new EcsException(failures.where() + " describes key " + k.keyUuid() + " inconsistently (" + e.getMessage() + ")", e);
        }
    }

    static EcsKeyInfo info(EcsApi.Key k) {
        return new EcsKeyInfo(k.keyUuid(), k.keyName(), k.storageUuid(), k.storageName(), k.storageIsInternal(), k.omegasafeVersion(),
                k.alphaGlobalPositionCapacity() != null ? k.alphaGlobalPositionCapacity() : k.iterationCapacity(),
                k.alphaLatestClaimedGlobalPosition(), k.keyRoleId(), k.keyRoleName(), k.userKeyRelationUuid(), k.billingUserUuid(),
                k.billingUserEmail(), k.billingExpTs(), k.billingExpDatetime(), k.billingExpired(), k.isBillingUser());
    }
}
