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
import java.util.logging.Logger;

/** Key registrations through {@code /v1/keys}: one request per operation. */
final class HttpKeyRegistry implements KeyRegistry {
    private static final Logger LOG = Logger.getLogger(HttpKeyRegistry.class.getName());
    private final EcsClient client;

    HttpKeyRegistry(EcsClient client) {
        this.client = client;
    }

    @Override
    public void register(RegisteredKey key, Optional<UUID> storageUuid) {
        KeyShape s = key.shape();
        EcsApi.KeyRegistration body = new EcsApi.KeyRegistration(key.keyUuid(), key.keyName(), s.nucleusMaps(), s.rotorMaps(),
                s.rotorCount(), key.iterationCapacity(), key.alphaIterationUuid(), key.omegasafeVersion(), storageUuid.orElse(null));
        try {
            client.failures().call(() -> client.api().registerKey(body));
        } catch (EcsApiFailures.NotFound e) {
            throw new EcsRejectedException("not_found", client.failures().where() + ": storage " + storageUuid.map(UUID::toString)
                    .orElse("(internal)") + " does not exist or does not belong to this account", List.of());
        }
    }

    @Override
    public Optional<RegisteredKey> find(UUID keyUuid) {
        return view(keyUuid).map(k -> registered(k, client.failures()));
    }

    @Override
    public Optional<EcsKeyInfo> describe(UUID keyUuid) {
        return view(keyUuid).map(HttpKeyRegistry::info);
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
        return client.failures().call(() -> client.api().editKey(keyUuid, body)).message();
    }

    @Override
    public boolean delete(UUID keyUuid) {
        try {
            EcsApi.KeyDeleted d = client.failures().call(() -> client.api().deleteKey(keyUuid));
            if (d.failedDeltaObjects() != null && d.failedDeltaObjects() > 0) {
                LOG.warning(client.failures().where() + " deleted key " + keyUuid + " but could not delete "
                        + d.failedDeltaObjects() + " of its Delta files from the storage; they stay there");
            }
            return true;
        } catch (EcsApiFailures.NotFound e) {
            return false;
        }
    }

    private Optional<EcsApi.Key> view(UUID keyUuid) {
        try {
            return Optional.of(client.failures().call(() -> client.api().key(keyUuid)));
        } catch (EcsApiFailures.NotFound e) {
            return Optional.empty();
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
