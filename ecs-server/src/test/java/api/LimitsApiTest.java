package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Per-key internal-storage limits (defaults: uploads daily 2, monthly 5, stored 15; downloads daily 20, monthly 200). */
@QuarkusTest
class LimitsApiTest extends ApiTestBase {

    @Test
    void aNewKeyHasNothingUsedAndTheDefaultLimits() {
        String t = newUser();
        UUID key = newKey(t);
        var a = api.get("/v1/keys/" + key + "/storage_limits", t);
        assertEquals(200, a.status(), a.toString());
        assertTrue(a.json().get("message").isNull());
        JsonNode u = a.json().get("usage");
        assertMetric(u.get("uploads").get("daily"), 0, 2);
        assertMetric(u.get("uploads").get("monthly"), 0, 5);
        assertMetric(u.get("uploads").get("stored"), 0, 15);
        assertMetric(u.get("downloads").get("daily"), 0, 20);
        assertMetric(u.get("downloads").get("monthly"), 0, 200);
    }

    private static void assertMetric(JsonNode m, long used, long limit) {
        assertEquals(used, m.get("used").asLong());
        assertEquals(limit, m.get("limit").asLong());
        assertEquals(limit - used, m.get("remaining").asLong());
        assertEquals(Math.round(100.0 * used / limit), m.get("percentage").asLong());
        assertTrue(m.get("has_limit").asBoolean());
    }

    @Test
    void theThirdNewDeltaOfADayIs429WithRetryAfterButARetryOrACompetingDeltaIsNot() {
        String t = newUser();
        UUID key = newKey(t);
        UUID first = UUID.randomUUID();
        assertEquals(201, publishDelta(t, key, first, 1, "one".getBytes()).status());
        UUID second = UUID.randomUUID();
        assertEquals(201, api.post("/v1/deltas/upload_url", t, uploadRequest(key, second, 2, "two".getBytes())).status());
        assertEquals(201, api.post("/v1/deltas/upload_url", t, uploadRequest(key, second, 2, "two".getBytes())).status(),
                "asking again for the same Delta counts once");
        UUID racer = UUID.randomUUID();
        var competing = api.post("/v1/deltas/upload_url", t, uploadRequest(key, racer, 2, "two of another device".getBytes()));
        assertEquals(201, competing.status(), "another device renewing at the same sequence is a race, not an upload more: " + competing);
        assertEquals(201, publishDelta(t, key, second, 2, "two".getBytes()).status());
        var url = competing.json();
        var put = testenv.Api.presigned("PUT", url.get("url").asText(), headers(url), "two of another device".getBytes());
        assertEquals(200, put.statusCode());
        var lost = api.post("/v1/deltas/confirm_upload", t, Map.of("upload_attempt_uuid", url.get("upload_attempt_uuid").asText()));
        assertEquals(409, lost.status(), lost.toString());
        assertEquals("delta_sequence_taken", lost.code(), "the race's loser learns that another Delta won");

        var third = api.post("/v1/deltas/upload_url", t, uploadRequest(key, UUID.randomUUID(), 3, "three".getBytes()));
        assertEquals(429, third.status(), third.toString());
        assertEquals("limit_exceeded", third.code());
        assertEquals("uploads.daily", third.json().get("limit_scope").asText());
        long retry = Long.parseLong(third.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 86_400, "seconds until the UTC day ends: " + retry);
        JsonNode u = api.get("/v1/keys/" + key + "/storage_limits", t).json().get("usage");
        assertMetric(u.get("uploads").get("daily"), 2, 2);
        assertMetric(u.get("uploads").get("stored"), 2, 15);
    }

    @Test
    void atMostSixteenDeltasCompeteForOneSequenceInADay() {
        String t = newUser();
        UUID key = newKey(t);
        for (int i = 0; i < 16; i++) {
            var racing = api.post("/v1/deltas/upload_url", t, uploadRequest(key, UUID.randomUUID(), 1, ("d" + i).getBytes()));
            assertEquals(201, racing.status(), i + ": " + racing);
        }
        var seventeenth = api.post("/v1/deltas/upload_url", t, uploadRequest(key, UUID.randomUUID(), 1, "d16".getBytes()));
        assertEquals(429, seventeenth.status(), seventeenth.toString());
        assertEquals("uploads.daily", seventeenth.json().get("limit_scope").asText());
        assertTrue(seventeenth.json().get("detail").asText().contains("compete for sequence 1"), seventeenth.toString());
        JsonNode u = api.get("/v1/keys/" + key + "/storage_limits", t).json().get("usage");
        assertMetric(u.get("uploads").get("daily"), 1, 2);
    }

    @Test
    void theTwentyFirstDownloadOfADayIs429() {
        String t = newUser();
        UUID key = newKey(t);
        UUID delta = UUID.randomUUID();
        assertEquals(201, publishDelta(t, key, delta, 1, "payload".getBytes()).status());
        Map<String, Object> body = Map.of("key_uuid", key.toString(), "delta_uuid", delta.toString());
        for (int i = 0; i < 20; i++) assertEquals(200, api.post("/v1/deltas/download_url", t, body).status());
        var over = api.post("/v1/deltas/download_url", t, body);
        assertEquals(429, over.status());
        assertEquals("downloads.daily", over.json().get("limit_scope").asText());
        assertNotEquals(null, over.header("Retry-After"));
        assertMetric(api.get("/v1/keys/" + key + "/storage_limits", t).json().get("usage").get("downloads").get("daily"), 20, 20);
    }
}
