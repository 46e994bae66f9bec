package adapters.out.ecs.sfc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import domain.ecs.DeltaRecord;
import domain.ecs.KeyLedger;
import domain.ecs.RegisteredKey;
import domain.key.KeyShape;
import domain.position.PositionRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The stored form of a {@link KeyLedger} in an SFC ECS file: one JSON entry per key (entry UUID = key UUID)
 * with the registration, {@code latest_claimed_global_position} by iteration and the Delta list.
 */
final class SfcLedgerCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SfcLedgerCodec() { }

    static byte[] encode(KeyLedger ledger) {
        RegisteredKey key = ledger.key();
        ObjectNode n = JSON.createObjectNode();
        n.put("key_uuid", key.keyUuid().toString());
        n.put("key_name", key.keyName());
        n.put("iteration_capacity", key.iterationCapacity());
        n.put("nucleus_maps", key.shape().nucleusMaps());
        n.put("rotor_maps", key.shape().rotorMaps());
        n.put("rotor_count", key.shape().rotorCount());
        n.put("alpha_iteration_uuid", key.alphaIterationUuid().toString());
        n.put("omegasafe_version", key.omegasafeVersion());
        ObjectNode latest = n.putObject("latest_claimed_global_position");
        ledger.latestClaimedBySeq().forEach((seq, pos) -> latest.put(Integer.toString(seq), pos));
        ArrayNode list = n.putArray("deltas");
        for (DeltaRecord d : ledger.deltas()) {
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

    /**
     * Parses an entry; anything that is not a valid ledger (bad JSON, a capacity that does not match the
     * shape, broken rules) is refused.
     *
     * @throws IllegalStateException when the entry is unreadable or inconsistent
     */
    static KeyLedger decode(byte[] bytes) {
        try {
            JsonNode n = JSON.readTree(bytes);
            UUID keyUuid = UUID.fromString(n.get("key_uuid").asText());
            KeyShape shape = new KeyShape(n.get("nucleus_maps").asInt(), n.get("rotor_maps").asInt(), n.get("rotor_count").asInt());
            if (shape.iterationCapacity() != n.get("iteration_capacity").asLong()) {
                throw new IllegalArgumentException("iteration capacity does not match the shape");
            }
            RegisteredKey key = new RegisteredKey(keyUuid, n.get("key_name").asText(), shape,
                    UUID.fromString(n.get("alpha_iteration_uuid").asText()), n.path("omegasafe_version").asText(null));
            TreeMap<Integer, Long> latest = new TreeMap<>();
            n.get("latest_claimed_global_position").properties()
                    .forEach(e -> latest.put(Integer.parseInt(e.getKey()), e.getValue().asLong()));
            List<DeltaRecord> deltas = new ArrayList<>();
            for (JsonNode d : n.get("deltas")) {
                deltas.add(new DeltaRecord(keyUuid, UUID.fromString(d.get("delta_uuid").asText()),
                        d.get("seq_number").asInt(), new PositionRange(d.get("start_global_position").asLong(),
                        d.get("end_global_position").asLong())));
            }
            return KeyLedger.restore(key, latest, deltas);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the SFC ECS file holds an unreadable key record", e);
        }
    }
}
