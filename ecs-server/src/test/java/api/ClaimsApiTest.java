package api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Claims: contiguous ranges, exhaustion with the remaining count, unknown iterations, idempotent retries. */
@QuarkusTest
class ClaimsApiTest extends ApiTestBase {

    private String claims(UUID key, int seq) {
        return "/v1/keys/" + key + "/iterations/" + seq + "/claims";
    }

    @Test
    void claimsAreContiguousFromTheIterationStart() {
        String t = newUser();
        UUID key = newKey(t);
        var first = api.post(claims(key, 0), t, Map.of("size", 100));
        assertEquals(201, first.status(), first.toString());
        assertEquals(0, first.json().get("start_global_position").asLong());
        assertEquals(99, first.json().get("end_global_position").asLong());
        assertEquals(99, first.json().get("latest_claimed_global_position").asLong());
        var second = api.post(claims(key, 0), t, Map.of("size", 60));
        assertEquals(100, second.json().get("start_global_position").asLong());
        assertEquals(159, second.json().get("end_global_position").asLong());
        var it = api.get("/v1/keys/" + key + "/iterations/0", t);
        assertEquals(200, it.status());
        assertEquals(159, it.json().get("latest_claimed_global_position").asLong());
        assertEquals(0, it.json().get("start_global_position").asLong());
        assertEquals(C - 1, it.json().get("end_global_position").asLong());
        assertEquals(159, api.get("/v1/keys/" + key, t).json().get("alpha_latest_claimed_global_position").asLong());
    }

    @Test
    void anExhaustedIterationAnswers409WithTheRemainingPositions() {
        String t = newUser();
        UUID key = newKey(t);
        assertEquals(201, api.post(claims(key, 0), t, Map.of("size", 150)).status());
        var a = api.post(claims(key, 0), t, Map.of("size", 11));
        assertEquals(409, a.status(), a.toString());
        assertEquals("capacity_exhausted", a.code());
        assertEquals(10, a.json().get("remaining").asLong());
        assertEquals(201, api.post(claims(key, 0), t, Map.of("size", 10)).status());
        assertEquals(0, api.post(claims(key, 0), t, Map.of("size", 1)).json().get("remaining").asLong());
    }

    @Test
    void anUnregisteredIterationIs404AndBadSizesAre422() {
        String t = newUser();
        UUID key = newKey(t);
        var a = api.post(claims(key, 1), t, Map.of("size", 1));
        assertEquals(404, a.status());
        assertEquals("iteration_not_found", a.code());
        assertEquals("iteration_not_found", api.get("/v1/keys/" + key + "/iterations/3", t).code());
        for (Object size : new Object[] {0, -5, C + 1}) {
            var bad = api.post(claims(key, 0), t, Map.of("size", size));
            assertEquals(422, bad.status(), bad.toString());
            assertEquals("size", bad.json().get("errors").get(0).get("field").asText());
        }
        assertEquals(422, api.post(claims(key, 0), t, "{}").status());
        assertEquals(422, api.post("/v1/keys/" + key + "/iterations/x/claims", t, Map.of("size", 1)).status());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameRangeAndClaimsNothingNew() {
        String t = newUser();
        UUID key = newKey(t);
        String idem = UUID.randomUUID().toString();
        var first = api.post(claims(key, 0), t, Map.of("size", 40), Map.of("Idempotency-Key", idem));
        assertEquals(201, first.status(), first.toString());
        var retry = api.post(claims(key, 0), t, Map.of("size", 40), Map.of("Idempotency-Key", idem));
        assertEquals(200, retry.status(), retry.toString());
        assertEquals(first.json(), retry.json());
        var next = api.post(claims(key, 0), t, Map.of("size", 1));
        assertEquals(40, next.json().get("start_global_position").asLong(), "the retry claimed nothing");
        var reused = api.post(claims(key, 0), t, Map.of("size", 41), Map.of("Idempotency-Key", idem));
        assertEquals(422, reused.status());
        assertEquals("idempotency_key_reused", reused.code());
        var malformed = api.post(claims(key, 0), t, Map.of("size", 1), Map.of("Idempotency-Key", "abc"));
        assertEquals(422, malformed.status());
        assertEquals("Idempotency-Key", malformed.json().get("errors").get(0).get("field").asText());
    }
}
