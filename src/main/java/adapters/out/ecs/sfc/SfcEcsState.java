package adapters.out.ecs.sfc;

import application.port.out.DeltaRecord;
import application.port.out.RegisteredKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import domain.position.PositionRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The record an SFC ECS keeps per key: the registration, the latest claimed position of every iteration
 * and the Delta list. Stored as one JSON entry per key (entry UUID = key UUID).
 */
final class SfcEcsState {
    private static final ObjectMapper JSON = new ObjectMapper();

    final RegisteredKey key;
    /** seq → latest claimed global position ("last used" pointer, {@code seq*C - 1} when nothing is claimed). */
    final TreeMap<Integer, Long> latestClaimed;
    final List<DeltaRecord> deltas;

    SfcEcsState(RegisteredKey key, TreeMap<Integer, Long> latestClaimed, List<DeltaRecord> deltas) {
        this.key = key;
        this.latestClaimed = latestClaimed;
        this.deltas = deltas;
    }

    static SfcEcsState fresh(RegisteredKey key) {
        TreeMap<Integer, Long> latest = new TreeMap<>();
        latest.put(0, -1L);
        return new SfcEcsState(key, latest, new ArrayList<>());
    }

    long firstPosition(int seq) {
        return Math.multiplyExact((long) seq, key.iterationCapacity());
    }

    long lastPosition(int seq) {
        return Math.addExact(firstPosition(seq), key.iterationCapacity() - 1);
    }

    byte[] toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("key_uuid", key.keyUuid().toString());
        n.put("key_name", key.keyName());
        n.put("iteration_capacity", key.iterationCapacity());
        n.put("nucleus_maps", key.nucleusMaps());
        n.put("rotor_maps", key.rotorMaps());
        n.put("rotor_count", key.rotorCount());
        n.put("alpha_iteration_uuid", key.alphaIterationUuid().toString());
        n.put("omegasafe_version", key.omegasafeVersion());
        ObjectNode latest = n.putObject("latest_claimed_global_position");
        latestClaimed.forEach((seq, pos) -> latest.put(Integer.toString(seq), pos));
        ArrayNode list = n.putArray("deltas");
        for (DeltaRecord d : deltas) {
            ObjectNode o = list.addObject();
            o.put("seq_number", d.seq());
            o.put("delta_uuid", d.deltaUuid().toString());
            o.put("start_global_position", d.positions().start());
            o.put("end_global_position", d.positions().end());
        }
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SfcEcsState fromJson(byte[] bytes) {
        try {
            JsonNode n = JSON.readTree(bytes);
            UUID keyUuid = UUID.fromString(n.get("key_uuid").asText());
            RegisteredKey key = new RegisteredKey(keyUuid, n.get("key_name").asText(),
                    n.get("iteration_capacity").asLong(), n.get("nucleus_maps").asInt(), n.get("rotor_maps").asInt(),
                    n.get("rotor_count").asInt(), UUID.fromString(n.get("alpha_iteration_uuid").asText()),
                    n.path("omegasafe_version").asText(null));
            TreeMap<Integer, Long> latest = new TreeMap<>();
            n.get("latest_claimed_global_position").properties()
                    .forEach(e -> latest.put(Integer.parseInt(e.getKey()), e.getValue().asLong()));
            List<DeltaRecord> deltas = new ArrayList<>();
            for (JsonNode d : n.get("deltas")) {
                deltas.add(new DeltaRecord(keyUuid, UUID.fromString(d.get("delta_uuid").asText()),
                        d.get("seq_number").asInt(), new PositionRange(d.get("start_global_position").asLong(),
                        d.get("end_global_position").asLong())));
            }
            return new SfcEcsState(key, latest, deltas);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the SFC ECS file holds an unreadable key record", e);
        }
    }
}
