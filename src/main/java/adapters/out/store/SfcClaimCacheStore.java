package adapters.out.store;

import adapters.out.fs.LocalContainerFile;
import adapters.out.fs.SecureContainer;

import application.port.out.ClaimCacheStore;
import application.port.out.ContainerAccessException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import domain.claim.CacheReason;
import domain.claim.ClaimCacheEntry;
import domain.claim.LocalClaim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link ClaimCacheStore} over {@code local_cache.sfc}: one JSON entry per key iteration (entry UUID =
 * iteration UUID) with the fields of the reference ({@code cache_reason}, {@code start_global_position},
 * {@code end_global_position}, {@code latest_claimed_global_position}, {@code latest_claimed_key_global_position}).
 */
public final class SfcClaimCacheStore implements ClaimCacheStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SfcClaimCacheStore.class.getName());
    /** Containers already warned about in this process (one warning per command, not one per read). */
    private static final java.util.Set<java.nio.file.Path> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final SecureContainer container;

    public SfcClaimCacheStore(SecureContainer container) {
        this.container = container;
    }

    @Override
    public Optional<ClaimCacheEntry> find(UUID iterationUuid) {
        byte[] bytes = entries().get(iterationUuid);
        return bytes == null ? Optional.empty() : Optional.of(entry(bytes));
    }

    @Override
    public Optional<UUID> ecsOf(UUID keyUuid) {
        return forKey(keyUuid).stream().findFirst().map(ClaimCacheEntry::ecsUuid);
    }

    @Override
    public List<ClaimCacheEntry> forKey(UUID keyUuid) {
        List<ClaimCacheEntry> result = new ArrayList<>();
        for (byte[] bytes : entries().values()) {
            ClaimCacheEntry e = entry(bytes);
            if (e.keyUuid().equals(keyUuid)) result.add(e);
        }
        result.sort(Comparator.comparingInt(ClaimCacheEntry::seq));
        return result;
    }

    @Override
    public <T> T update(UUID iterationUuid, Function<Optional<ClaimCacheEntry>, Update<T>> change) {
        return container.update((entries, provenance) -> {
            distrustIfRestored(entries, provenance);
            byte[] bytes = entries.get(iterationUuid);
            Update<T> u = change.apply(bytes == null ? Optional.empty() : Optional.of(entry(bytes)));
            if (u.entry().isPresent()) {
                if (!u.entry().get().iterationUuid().equals(iterationUuid)) {
                    throw new IllegalArgumentException("entry belongs to another iteration");
                }
                entries.put(iterationUuid, toJson(u.entry().get()));
            } else {
                entries.remove(iterationUuid);
            }
            return u.value();
        });
    }

    @Override
    public boolean deleteKey(UUID keyUuid) {
        return container.update((entries, provenance) -> {
            distrustIfRestored(entries, provenance);
            return entries.values().removeIf(b -> entry(b).keyUuid().equals(keyUuid));
        });
    }

    /** The entries as they may be trusted: the local claims of a restored or copied cache are left out. */
    private LinkedHashMap<UUID, byte[]> entries() {
        LocalContainerFile.Snapshot s = container.snapshot();
        LinkedHashMap<UUID, byte[]> entries = s.entries();
        distrustIfRestored(entries, s.provenance());
        return entries;
    }

    /**
     * A cache that is not the file last written here (restored from a backup or copied in) may hold local claims
     * that were used after the copy was made: they are dropped, with a warning. Floors and ECS links stay; wasted
     * positions are harmless, reused ones are not.
     */
    private void distrustIfRestored(Map<UUID, byte[]> entries, LocalContainerFile.Provenance provenance) {
        if (provenance != LocalContainerFile.Provenance.RESTORED_OR_COPIED) return;
        boolean dropped = false;
        for (var e : entries.entrySet()) {
            ClaimCacheEntry entry = entry(e.getValue());
            if (!entry.claims().isEmpty()) {
                e.setValue(toJson(entry.withClaims(List.of())));
                dropped = true;
            }
        }
        if (dropped && WARNED.add(container.path())) {
            LOG.warning("The claim cache " + container.path() + " is not the file last written there (restored from a backup "
                    + "or copied); its local claims were dropped so that no position is handed out twice.");
        }
    }

    static byte[] toJson(ClaimCacheEntry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("key_uuid", e.keyUuid().toString());
        n.put("key_iteration_uuid", e.iterationUuid().toString());
        n.put("seq_number", e.seq());
        n.put("ecs_uuid", e.ecsUuid().toString());
        n.put("latest_claimed_key_global_position", e.latestClaimedKeyGlobalPosition());
        ArrayNode claims = n.putArray("claims");
        for (LocalClaim c : e.claims()) {
            ObjectNode o = claims.addObject();
            o.put("cache_reason", c.reason().wireName());
            o.put("start_global_position", c.start());
            o.put("end_global_position", c.end());
            o.put("latest_claimed_global_position", c.latestClaimed());
        }
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * An entry of this container. One that cannot be read (the file was replaced by another OmegaSafe container
     * under the same password, or damaged) names the file instead of failing as an unexpected error.
     */
    private ClaimCacheEntry entry(byte[] bytes) {
        try {
            return fromJson(bytes);
        } catch (IllegalStateException e) {
            throw new ContainerAccessException(ContainerAccessException.Reason.DAMAGED, container.path(), container.path()
                    + " holds an entry that is not a claim cache entry (was another container copied over it?)", e);
        }
    }

    static ClaimCacheEntry fromJson(byte[] bytes) {
        try {
            JsonNode n = JSON.readTree(bytes);
            List<LocalClaim> claims = new ArrayList<>();
            for (JsonNode c : n.get("claims")) {
                claims.add(new LocalClaim(CacheReason.fromWireName(c.get("cache_reason").asText()),
                        c.get("start_global_position").asLong(), c.get("end_global_position").asLong(),
                        c.get("latest_claimed_global_position").asLong()));
            }
            return new ClaimCacheEntry(UUID.fromString(n.get("key_uuid").asText()),
                    UUID.fromString(n.get("key_iteration_uuid").asText()), n.get("seq_number").asInt(),
                    UUID.fromString(n.get("ecs_uuid").asText()), n.get("latest_claimed_key_global_position").asLong(),
                    claims);
        } catch (IOException | RuntimeException ex) {
            throw new IllegalStateException("the local cache container holds an unreadable entry", ex);
        }
    }
}
