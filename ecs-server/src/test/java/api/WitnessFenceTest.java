package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.in.DetectRestoredDatabase;
import application.port.in.FenceKeys;
import application.port.in.FlushWitness;
import application.port.out.Witness;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The witness in the internal bucket follows the claims; a key whose witness is ahead of the database is
 * fenced (503 key_fenced on claims and uploads) until the fence command fast-forwards it. (The restore of a
 * real pg_dump against the packaged server is FenceAfterRestoreIT.)
 */
@QuarkusTest
class WitnessFenceTest extends ApiTestBase {
    @Inject
    Witness witness;
    @Inject
    FlushWitness flush;
    @Inject
    DetectRestoredDatabase detect;
    @Inject
    FenceKeys fence;

    private String claims(UUID key) {
        return "/v1/keys/" + key + "/iterations/0/claims";
    }

    @Test
    void theWitnessFollowsTheClaims() {
        String t = newUser();
        UUID key = newKey(t);
        assertEquals(201, api.post(claims(key), t, Map.of("size", 50)).status());
        flush.flush();
        assertEquals(49L, witness.readAll().get(key).get(0));
        assertFalse(detect.check().contains(key), "a witness equal to the database fences nothing");
    }

    @Test
    void aWitnessAheadOfTheDatabaseFencesTheKeyUntilTheFenceCommand() {
        String t = newUser();
        UUID key = newKey(t);
        assertEquals(201, api.post(claims(key), t, Map.of("size", 10)).status());
        flush.flush();
        witness.record(key, 0, 99);   // what a restored, older database does not know: positions up to 99 were handed out
        Set<UUID> fenced = detect.check();
        assertTrue(fenced.contains(key));
        var refused = api.post(claims(key), t, Map.of("size", 1));
        assertEquals(503, refused.status(), refused.toString());
        assertEquals("key_fenced", refused.code());
        assertEquals("60", refused.header("Retry-After"));
        assertEquals(key.toString(), refused.json().get("key_uuid").asText());
        assertEquals("key_fenced", api.post("/v1/deltas/upload_url", t, uploadRequest(key, UUID.randomUUID(), 1, "p".getBytes())).code());
        var outcome = fence.fence(Optional.of(key));
        assertEquals(1, outcome.size());
        assertEquals(Map.of(0, 99L), outcome.getFirst().fastForwarded());
        var resumed = api.post(claims(key), t, Map.of("size", 1));
        assertEquals(201, resumed.status());
        assertEquals(100, resumed.json().get("start_global_position").asLong(), "claims resume after the witness");
        assertFalse(detect.check().contains(key), "fenced once: the floor remembers the witness");
        assertTrue(fence.fence(Optional.of(key)).isEmpty(), "nothing left to fence");
    }

    @Test
    void aKeyMissingFromTheDatabaseIsFencedAndStartsAfterItsWitnessWhenRegistered() {
        String t = newUser();
        UUID key = UUID.randomUUID();
        witness.record(key, 0, 41);
        assertTrue(detect.check().contains(key));
        assertEquals("key_fenced", api.post("/v1/keys", t, registration(key)).code());
        var outcome = fence.fence(Optional.of(key)).getFirst();
        assertFalse(outcome.keyExists());
        assertEquals(Map.of(0, 41L), outcome.pendingFloors());
        var registered = api.post("/v1/keys", t, registration(key));
        assertEquals(201, registered.status(), registered.toString());
        assertEquals(41, registered.json().get("alpha_latest_claimed_global_position").asLong());
        assertEquals(42, api.post(claims(key), t, Map.of("size", 1)).json().get("start_global_position").asLong());
    }

    @Test
    void aDeletedKeysWitnessFencesNothing() {
        String t = newUser();
        UUID key = newKey(t);
        assertEquals(201, api.post(claims(key), t, Map.of("size", 5)).status());
        flush.flush();
        assertEquals(200, api.delete("/v1/keys/" + key, t).status());
        assertFalse(detect.check().contains(key));
    }
}
