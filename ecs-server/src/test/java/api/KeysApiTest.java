package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /v1/keys: register (201, idempotent 200, 409, 422), list, view (the reference's ecs_key_data), edit, delete. */
@QuarkusTest
class KeysApiTest extends ApiTestBase {

    @Test
    void registerAnswers201WithTheKeyAsViewKeyShowsIt() {
        String t = newUser();
        UUID key = UUID.randomUUID();
        var a = api.post("/v1/keys", t, registration(key));
        assertEquals(201, a.status(), a.toString());
        assertEquals("/v1/keys/" + key, java.net.URI.create(a.header("Location")).getPath());
        JsonNode k = a.json();
        assertEquals(key.toString(), k.get("key_uuid").asText());
        assertEquals(C, k.get("iteration_capacity").asLong());
        assertEquals(C, k.get("alpha_global_position_capacity").asLong());
        assertEquals(-1, k.get("alpha_latest_claimed_global_position").asLong());
        assertTrue(k.get("latest_delta_seq").isNull());
        assertEquals(1, k.get("key_role_id").asInt());
        assertEquals("Owner", k.get("key_role_name").asText());
        assertEquals("OmegaSafe internal", k.get("storage_name").asText());
        assertTrue(k.get("storage_is_internal").asBoolean());
        assertTrue(k.get("is_billing_user").asBoolean());
        assertTrue(k.get("billing_exp_ts").isNull() && k.get("billing_exp_datetime").isNull());
        assertEquals(false, k.get("billing_expired").asBoolean());
        for (String field : new String[] {"user_key_relation_uuid", "billing_user_uuid", "billing_user_email", "storage_uuid",
                "omegasafe_version", "alpha_iteration_uuid", "nucleus_maps", "rotor_maps", "rotor_count", "key_name"}) {
            assertTrue(k.hasNonNull(field), field);
        }
        assertEquals(k, api.get("/v1/keys/" + key, t).json());
    }

    @Test
    void anIdenticalRegistrationByItsOwnerIs200AndAnythingElse409() {
        String t = newUser();
        UUID key = UUID.randomUUID();
        assertEquals(201, api.post("/v1/keys", t, registration(key)).status());
        var again = api.post("/v1/keys", t, registration(key));
        assertEquals(200, again.status(), again.toString());
        Map<String, Object> other = new HashMap<>(registration(key));
        other.put("key_name", "another name");
        var changed = api.post("/v1/keys", t, other);
        assertEquals(409, changed.status());
        assertEquals("key_exists", changed.code());
        var stranger = api.post("/v1/keys", newUser(), registration(key));
        assertEquals(409, stranger.status());
        assertEquals("key_exists", stranger.code());
    }

    @Test
    void registrationRulesAre422WithEveryField() {
        String t = newUser();
        Map<String, Object> wrong = new HashMap<>(registration(UUID.randomUUID()));
        wrong.put("iteration_capacity", C + 1);
        var a = api.post("/v1/keys", t, wrong);
        assertEquals(422, a.status(), a.toString());
        assertEquals("validation_failed", a.code());
        assertEquals("iteration_capacity", a.json().get("errors").get(0).get("field").asText());
        var empty = api.post("/v1/keys", t, "{}");
        assertEquals(422, empty.status());
        assertTrue(empty.json().get("errors").size() >= 7, empty.toString());
        Map<String, Object> huge = new HashMap<>(registration(UUID.randomUUID()));
        huge.put("nucleus_maps", 3906);
        huge.put("rotor_maps", 3906);
        huge.put("rotor_count", 6);
        var overflow = api.post("/v1/keys", t, huge);
        assertEquals(422, overflow.status());
        assertTrue(overflow.body().contains("63 bits"), overflow.toString());
        var noBody = api.post("/v1/keys", t, "");
        assertEquals(422, noBody.status(), noBody.toString());
    }

    @Test
    void listShowsOnlyTheCallersKeys() {
        String a = newUser();
        String b = newUser();
        UUID ka = newKey(a);
        UUID kb = newKey(b);
        var list = api.get("/v1/keys", a).json().get("keys");
        assertEquals(1, list.size());
        assertEquals(ka.toString(), list.get(0).get("key_uuid").asText());
        assertEquals(kb.toString(), api.get("/v1/keys", b).json().get("keys").get(0).get("key_uuid").asText());
    }

    @Test
    void editRenamesAndChangesTheVersionAndRefusesNothingToChange() {
        String t = newUser();
        UUID key = newKey(t);
        var a = api.patch("/v1/keys/" + key, t, Map.of("key_name", "Finance-Key", "omegasafe_version", "1.7.0"));
        assertEquals(200, a.status(), a.toString());
        assertEquals("Finance-Key", a.json().get("key").get("key_name").asText());
        assertEquals("1.7.0", a.json().get("key").get("omegasafe_version").asText());
        assertTrue(a.json().get("message").asText().length() > 0);
        assertEquals(422, api.patch("/v1/keys/" + key, t, Map.of()).status());
        assertEquals(422, api.patch("/v1/keys/" + key, t, Map.of("key_name", "")).status());
        assertEquals(422, api.patch("/v1/keys/not-a-uuid", t, Map.of("key_name", "x")).status());
    }

    @Test
    void deleteRemovesTheKeyAndItsDeltaObjects() {
        String t = newUser();
        UUID key = newKey(t);
        assertEquals(201, publishDelta(t, key, UUID.randomUUID(), 1, "payload".getBytes()).status());
        var d = api.delete("/v1/keys/" + key, t);
        assertEquals(200, d.status(), d.toString());
        assertEquals(1, d.json().get("deleted_delta_objects").asInt());
        assertEquals(0, d.json().get("failed_delta_objects").asInt());
        assertEquals(404, api.get("/v1/keys/" + key, t).status());
        assertEquals(409, api.post("/v1/keys", t, registration(key)).status(), "a deleted key UUID is not registered again");
    }
}
