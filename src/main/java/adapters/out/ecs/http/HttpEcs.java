package adapters.out.ecs.http;

import adapters.out.ecs.http.HttpClients.EcsClient;
import application.port.out.ClaimRegistry;
import application.port.out.DeltaRegistry;
import application.port.out.EcsKeyInfo;
import application.port.out.EcsSession;
import application.port.out.HttpEcsEntry;
import application.port.out.KeyEdit;
import application.port.out.KeyRegistry;
import application.port.out.StorageRegistry;
import domain.ecs.DeltaRecord;
import domain.ecs.RegisteredKey;
import domain.position.PositionRange;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The HTTP ECS: the OmegaSafe API of one entry playing the key, claim and Delta roles, and through {@link #storages()}
 * the storage role (its {@code find} and {@code delete} share their parameters with the key role's, so one class cannot
 * play both). Each role is a small class calling {@link EcsApi} ({@link HttpKeyRegistry}, {@link HttpClaimRegistry},
 * {@link HttpDeltaRegistry}, {@link HttpStorageRegistry}); failures arrive as the ports' exceptions
 * ({@link EcsApiFailures}). Opening is cheap and contacts nothing: the first call builds the entry's client and makes
 * the first request. The key, claim and Delta roles share one {@link KeyViews}: reads of a key are served from this
 * session's last answer about it until the session changes that key.
 */
public final class HttpEcs implements KeyRegistry, ClaimRegistry, DeltaRegistry {
    private final KeyRegistry keys;
    private final ClaimRegistry claims;
    private final DeltaRegistry deltas;
    private final StorageRegistry storages;

    /** @param client the entry's client, asked for on each call (built on the first one) */
    HttpEcs(Supplier<EcsClient> client) {
        KeyViews views = new KeyViews(client);
        this.keys = new HttpKeyRegistry(client, views);
        this.claims = new HttpClaimRegistry(client, views);
        this.deltas = new HttpDeltaRegistry(client, views);
        this.storages = new HttpStorageRegistry(client);
    }

    /** The backend of {@code entry}; its client is built on the first call in this process, not here. */
    public static HttpEcs of(HttpEcsEntry entry) {
        return new HttpEcs(() -> HttpClients.of(entry));
    }

    /** A session for {@code entry}: this backend in every role. */
    public static EcsSession session(HttpEcsEntry entry) {
        HttpEcs ecs = of(entry);
        return new EcsSession(entry, ecs, ecs, ecs, ecs.storages());
    }

    /**
     * Checks that the API at {@code entry} answers and accepts its API key ({@code GET /v1/me}).
     *
     * @throws application.port.out.EcsAuthenticationException when it refuses the API key
     * @throws application.port.out.EcsUnavailableException    when it cannot be reached
     * @throws application.port.out.EcsException               when its certificate is not trusted, or it answers nonsense
     */
    public static void verify(HttpEcsEntry entry) {
        EcsClient client = HttpClients.of(entry);
        client.failures().call(() -> client.api().me());
    }

    @Override public void register(RegisteredKey key, Optional<UUID> storageUuid) { keys.register(key, storageUuid); }
    @Override public Optional<RegisteredKey> find(UUID keyUuid) { return keys.find(keyUuid); }
    @Override public Optional<EcsKeyInfo> describe(UUID keyUuid) { return keys.describe(keyUuid); }
    @Override public String edit(UUID keyUuid, KeyEdit edit) { return keys.edit(keyUuid, edit); }
    @Override public boolean delete(UUID keyUuid) { return keys.delete(keyUuid); }

    @Override public PositionRange claim(UUID keyUuid, int seq, long size) { return claims.claim(keyUuid, seq, size); }
    @Override public long latestClaimed(UUID keyUuid, int seq) { return claims.latestClaimed(keyUuid, seq); }

    @Override public void publish(DeltaRecord delta, byte[] encryptedPayload) { deltas.publish(delta, encryptedPayload); }
    @Override public List<DeltaRecord> list(UUID keyUuid) { return deltas.list(keyUuid); }
    @Override public byte[] download(UUID keyUuid, UUID deltaUuid) { return deltas.download(keyUuid, deltaUuid); }

    /** The storage role of this ECS: its storages and a key's storage limits. */
    public StorageRegistry storages() { return storages; }
}
