package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Health (PostgreSQL, internal storage, witness check) and Prometheus metrics for claims, uploads, downloads and errors. */
@QuarkusTest
class OperationsTest extends ApiTestBase {

    @Test
    void healthIsUpWithTheDatabaseTheInternalStorageAndTheWitnessCheck() {
        var h = api.get("/q/health", null);
        assertEquals(200, h.status(), h.toString());
        assertEquals("UP", h.json().get("status").asText());
        var names = h.json().get("checks").findValuesAsText("name");
        assertTrue(names.contains("internal-storage") && names.contains("witness-check"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.toLowerCase().contains("database")), names.toString());
        assertEquals(200, api.get("/q/health/ready", null).status());
    }

    @Test
    void metricsCountClaimsUploadsDownloadsAndErrors() {
        String t = newUser();
        UUID key = newKey(t);
        api.post("/v1/keys/" + key + "/iterations/0/claims", t, Map.of("size", 5));
        api.post("/v1/keys/" + key + "/iterations/0/claims", t, Map.of("size", 500));
        UUID delta = UUID.randomUUID();
        publishDelta(t, key, delta, 1, "m".getBytes());
        api.post("/v1/deltas/download_url", t, Map.of("key_uuid", key.toString(), "delta_uuid", delta.toString()));
        String m = api.get("/q/metrics", null).body();
        assertTrue(m.contains("ecs_claims_seconds_count{outcome=\"claimed\"}"), "claims timer");
        assertTrue(m.contains("ecs_claims_seconds_count{outcome=\"validation_failed\"}"), "failed claims by code");
        assertTrue(m.contains("ecs_claimed_positions_total"), "positions claimed");
        assertTrue(m.contains("ecs_uploads_total{stage=\"confirmed\"}"), "uploads");
        assertTrue(m.contains("ecs_downloads_total"), "downloads");
        assertTrue(m.contains("ecs_errors_total{code=\"validation_failed\"}"), "errors by code");
    }
}
