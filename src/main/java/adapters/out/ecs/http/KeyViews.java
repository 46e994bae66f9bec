package adapters.out.ecs.http;

import adapters.out.ecs.http.HttpClients.EcsClient;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What one session last read of a key: the answer of {@code GET /v1/keys/{key}} (registration, view-key data and the
 * Alpha's latest claimed position) and of {@code GET /v1/keys/{key}/deltas} (every Delta with its latest claimed
 * position). A command that looks at a key several times (list-keys, view-key: registration, pointers of the Alpha and of
 * each Delta) then makes two requests, not one per iteration. Every change this session makes to a key (claim, Delta,
 * edit, delete) forgets what was read of it, so the session reads its own writes; what other devices do meanwhile is
 * seen by the next session, as with any snapshot.
 */
final class KeyViews {
    private final Supplier<EcsClient> client;
    private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<UUID, Read<EcsApi.Key>> keys = new ConcurrentHashMap<>();
    private final Map<UUID, Read<List<EcsApi.Delta>>> deltas = new ConcurrentHashMap<>();

    private record Read<T>(long generation, T value) { }

    KeyViews(Supplier<EcsClient> client) {
        this.client = client;
    }

    /** The key as the server shows it to this account; empty when it does not know it (or shows it to others only). */
    Optional<EcsApi.Key> key(UUID keyUuid) {
        long g = generation(keyUuid);
        Read<EcsApi.Key> r = keys.get(keyUuid);
        if (r != null && r.generation() == g) return Optional.of(r.value());
        try {
            EcsClient c = client.get();
            EcsApi.Key k = c.failures().call(() -> c.api().key(keyUuid));
            keys.put(keyUuid, new Read<>(g, k));
            return Optional.of(k);
        } catch (EcsApiFailures.NotFound e) {
            return Optional.empty();
        }
    }

    /**
     * The key's Deltas in sequence order.
     *
     * @throws application.port.out.EcsException when the server does not know the key
     */
    List<EcsApi.Delta> deltas(UUID keyUuid) {
        long g = generation(keyUuid);
        Read<List<EcsApi.Delta>> r = deltas.get(keyUuid);
        if (r != null && r.generation() == g) return r.value();
        EcsClient c = client.get();
        List<EcsApi.Delta> list = c.failures().call(() -> c.api().deltas(keyUuid)).deltas().stream()
                .sorted(Comparator.comparingInt(EcsApi.Delta::seqNumber)).toList();
        deltas.put(keyUuid, new Read<>(g, list));
        return list;
    }

    /** Forgets what was read of {@code keyUuid}: this session is about to change it (or just did). */
    void changed(UUID keyUuid) {
        generations.computeIfAbsent(keyUuid, k -> new AtomicLong()).incrementAndGet();
        keys.remove(keyUuid);
        deltas.remove(keyUuid);
    }

    private long generation(UUID keyUuid) {
        return generations.computeIfAbsent(keyUuid, k -> new AtomicLong()).get();
    }
}
