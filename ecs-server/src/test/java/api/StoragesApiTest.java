package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import testenv.Api;
import testenv.TestEnvironment;

/**
 * Storages: the internal storage, BYOS CRUD with the reference's validation and verification (S3Proxy plays
 * the user's R2 bucket on loopback), secrets never returned, keys moved onto BYOS.
 */
@QuarkusTest
class StoragesApiTest extends ApiTestBase {
    private final TestEnvironment env = TestEnvironment.get();

    @BeforeEach
    void bucket() {
        env.s3().ensureBucket(TestEnvironment.BYOS_BUCKET);
    }

    Map<String, Object> byos(String name) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("provider", "r2");
        b.put("bucket_name", TestEnvironment.BYOS_BUCKET);
        b.put("region", "auto");
        b.put("endpoint_url", env.s3().endpoint());
        b.put("remote_path", "deltas/prod");
        b.put("access_key_id", env.s3().accessKey());
        b.put("secret_access_key", env.s3().secretKey());
        return b;
    }

    JsonNode create(String token, Map<String, Object> body) {
        var a = api.post("/v1/storages", token, body);
        assertEquals(201, a.status(), a.toString());
        assertFalse(a.body().contains(env.s3().secretKey()), "the secret is never returned");
        return a.json();
    }

    @Test
    void theInternalStorageComesFirstWithoutBucketDetails() {
        String t = newUser();
        create(t, byos("mine"));
        var list = api.get("/v1/storages", t).json().get("storages");
        assertEquals(2, list.size());
        JsonNode internal = list.get(0);
        assertEquals("OmegaSafe internal", internal.get("name").asText());
        assertTrue(internal.get("is_internal").asBoolean());
        assertEquals(1, internal.get("storage_type_id").asInt());
        assertEquals("Internal", internal.get("storage_type_name").asText());
        assertEquals("internal", internal.get("storage_badge").asText());
        for (String f : new String[] {"provider", "bucket_name", "region", "endpoint_url", "remote_path"}) assertTrue(internal.get(f).isNull(), f);
        assertEquals(internal, api.get("/v1/storages/" + internal.get("storage_uuid").asText(), t).json());
    }

    @Test
    void createVerifiesAndAnswersTheStorageWithoutSecrets() {
        String t = newUser();
        JsonNode saved = create(t, byos("r2-primary"));
        JsonNode s = saved.get("storage");
        assertEquals("r2-primary", s.get("name").asText());
        assertEquals("r2", s.get("provider").asText());
        assertEquals(2, s.get("storage_type_id").asInt());
        assertEquals("Cloudflare R2", s.get("storage_type_name").asText());
        assertEquals("Cloudflare R2", s.get("storage_badge").asText());
        assertEquals("deltas/prod", s.get("remote_path").asText());
        assertFalse(s.has("access_key_id") || s.has("secret_access_key"));
        assertTrue(saved.get("warnings").isArray() && saved.get("warnings").isEmpty(), saved.toString());
        var view = api.get("/v1/storages/" + s.get("storage_uuid").asText(), t);
        assertEquals(s, view.json());
        assertEquals(404, api.get("/v1/storages/" + s.get("storage_uuid").asText(), newUser()).status(), "other users do not see it");
    }

    @Test
    void providerRulesAreEnforced() {
        String t = newUser();
        Map<String, Object> s3WithEndpoint = byos("x");
        s3WithEndpoint.put("provider", "s3");
        s3WithEndpoint.put("region", "eu-central-1");
        assertField(api.post("/v1/storages", t, s3WithEndpoint), "endpoint_url");
        Map<String, Object> s3Auto = byos("x");
        s3Auto.put("provider", "s3");
        s3Auto.remove("endpoint_url");
        assertField(api.post("/v1/storages", t, s3Auto), "region");
        Map<String, Object> r2NoEndpoint = byos("x");
        r2NoEndpoint.remove("endpoint_url");
        assertField(api.post("/v1/storages", t, r2NoEndpoint), "endpoint_url");
        Map<String, Object> r2Region = byos("x");
        r2Region.put("region", "us-east-1");
        assertField(api.post("/v1/storages", t, r2Region), "region");
        Map<String, Object> badPath = byos("x");
        badPath.put("remote_path", "a/../b");
        assertField(api.post("/v1/storages", t, badPath), "remote_path");
        Map<String, Object> badBucket = byos("x");
        badBucket.put("bucket_name", "Bad_Bucket");
        assertField(api.post("/v1/storages", t, badBucket), "bucket_name");
        Map<String, Object> httpRemote = byos("x");
        httpRemote.put("endpoint_url", "http://example.com");
        assertField(api.post("/v1/storages", t, httpRemote), "endpoint_url");
        Map<String, Object> provider = byos("x");
        provider.put("provider", "gcs");
        assertField(api.post("/v1/storages", t, provider), "provider");
    }

    private static void assertField(Api.Answer a, String field) {
        assertEquals(422, a.status(), a.toString());
        assertEquals("validation_failed", a.code());
        assertTrue(a.json().get("errors").findValuesAsText("field").contains(field), a.toString());
    }

    @Test
    void wrongCredentialsFailVerificationNamingTheOperation() {
        Map<String, Object> wrong = byos("x");
        wrong.put("secret_access_key", "not-the-secret");
        var a = api.post("/v1/storages", newUser(), wrong);
        assertEquals(422, a.status(), a.toString());
        assertEquals("storage_verification_failed", a.code());
        assertEquals("LIST", a.json().get("operation").asText());
        assertFalse(a.body().contains("not-the-secret"));
        Map<String, Object> noBucket = byos("x");
        noBucket.put("bucket_name", "no-such-bucket");
        assertEquals("storage_verification_failed", api.post("/v1/storages", newUser(), noBucket).code());
    }

    @Test
    void editMergesVerifiesAndKeepsCredentialPairsTogether() {
        String t = newUser();
        String id = create(t, byos("before")).get("storage").get("storage_uuid").asText();
        var renamed = api.patch("/v1/storages/" + id, t, Map.of("name", "after", "remote_path", "other"));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("after", renamed.json().get("storage").get("name").asText());
        assertEquals("other", renamed.json().get("storage").get("remote_path").asText());
        assertEquals("r2", renamed.json().get("storage").get("provider").asText());
        assertField(api.patch("/v1/storages/" + id, t, Map.of("access_key_id", "x")), "secret_access_key");
        assertField(api.patch("/v1/storages/" + id, t, Map.of("provider", "s3", "region", "eu-west-1")), "access_key_id");
        Map<String, Object> clear = new HashMap<>();
        clear.put("remote_path", null);
        assertTrue(api.patch("/v1/storages/" + id, t, clear).json().get("storage").get("remote_path").isNull());
        var badSecret = api.patch("/v1/storages/" + id, t, Map.of("access_key_id", env.s3().accessKey(), "secret_access_key", "nope"));
        assertEquals("storage_verification_failed", badSecret.code());
        assertEquals(404, api.patch("/v1/storages/" + id, newUser(), Map.of("name", "theirs")).status());
        String internal = api.get("/v1/storages", t).json().get("storages").get(0).get("storage_uuid").asText();
        assertEquals("internal_storage_immutable", api.patch("/v1/storages/" + internal, t, Map.of("name", "x")).code());
    }

    @Test
    void aKeyOnByosStoresItsDeltasUnderTheRemotePathAndTheStorageCannotBeDeletedWhileUsed() {
        String t = newUser();
        String storage = create(t, byos("team")).get("storage").get("storage_uuid").asText();
        UUID key = UUID.randomUUID();
        Map<String, Object> reg = new HashMap<>(registration(key));
        reg.put("storage_uuid", storage);
        var k = api.post("/v1/keys", t, reg);
        assertEquals(201, k.status(), k.toString());
        assertFalse(k.json().get("storage_is_internal").asBoolean());
        UUID delta = UUID.randomUUID();
        assertEquals(201, publishDelta(t, key, delta, 1, "byos payload".getBytes()).status());
        assertTrue(env.s3().exists(TestEnvironment.BYOS_BUCKET, "deltas/prod/" + key + "/" + delta));
        var limits = api.get("/v1/keys/" + key + "/storage_limits", t);
        assertTrue(limits.json().get("usage").isNull());
        assertTrue(limits.json().get("message").asText().contains("internal storage only"), limits.toString());
        var inUse = api.delete("/v1/storages/" + storage, t);
        assertEquals(409, inUse.status());
        assertEquals("storage_in_use", inUse.code());
        assertEquals(1, inUse.json().get("key_count").asInt());
        String internal = api.get("/v1/storages", t).json().get("storages").get(0).get("storage_uuid").asText();
        var back = api.patch("/v1/keys/" + key, t, Map.of("storage_uuid", internal));
        assertEquals(422, back.status());
        assertEquals("storage_change_unsupported", back.code());
        assertEquals("internal_storage_immutable", api.delete("/v1/storages/" + internal, t).code());
        assertEquals(200, api.delete("/v1/keys/" + key, t).status());
        assertFalse(env.s3().exists(TestEnvironment.BYOS_BUCKET, "deltas/prod/" + key + "/" + delta), "deleted with its key");
        assertEquals(200, api.delete("/v1/storages/" + storage, t).status());
        assertEquals(404, api.get("/v1/storages/" + storage, t).status());
    }

    @Test
    void anOwnerMovesAKeyFromInternalToByos() {
        String t = newUser();
        String storage = create(t, byos("moved")).get("storage").get("storage_uuid").asText();
        UUID key = newKey(t);
        var moved = api.patch("/v1/keys/" + key, t, Map.of("storage_uuid", storage));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(storage, moved.json().get("key").get("storage_uuid").asText());
        assertTrue(moved.json().get("message").asText().contains("not moved"));
        String otherUsers = create(newUser(), byos("not-yours")).get("storage").get("storage_uuid").asText();
        assertEquals(404, api.patch("/v1/keys/" + key, t, Map.of("storage_uuid", otherUsers)).status());
    }
}
