package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adapters.in.rest.PublicEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import testenv.Api;
import testenv.TestEnvironment;

/**
 * Every resource method of the REST adapter, found by reflection, is called without an API key (401), by a
 * user with no relation to the key or storage it names (404, nothing of the owner's leaks from lists) and,
 * for Owner-only operations, by a Maintainer (403). A resource method without the authorisation rule answers
 * 2xx here and fails this test; a new resource method without a request below fails it too.
 */
@QuarkusTest
class AuthorizationCoverageTest extends ApiTestBase {
    /** A request against the owner's resources: method, path, body. */
    record Call(String method, String path, Object body) { }

    private String owner;
    private String stranger;
    private String maintainer;
    private UUID key;
    private String storage;
    private final Map<String, Call> calls = new TreeMap<>();
    /** Templates only an Owner may call (a Maintainer gets 403). */
    private static final Set<String> OWNER_ONLY = Set.of("PATCH /v1/keys/{key_uuid}", "DELETE /v1/keys/{key_uuid}",
            "POST /v1/keys/{key_uuid}/invitations", "GET /v1/keys/{key_uuid}/relations",
            "DELETE /v1/keys/{key_uuid}/relations/{relation_uuid}");
    /** Templates about the caller's own things (lists, creations): they must not show the owner's. */
    private static final Set<String> CALLER_SCOPED = Set.of("GET /v1/me", "GET /v1/keys", "POST /v1/keys", "GET /v1/storages",
            "POST /v1/storages", "GET /v1/invitations");
    private static final Set<String> PUBLIC = Set.of("GET /v1/cli/version", "GET /q/openapi");

    @BeforeEach
    void ownersThings() {
        TestEnvironment env = TestEnvironment.get();
        env.s3().ensureBucket(TestEnvironment.BYOS_BUCKET);
        owner = newUser();
        stranger = newUser();
        User m = newUserWithEmail();
        maintainer = m.token();
        key = newKey(owner);
        UUID delta = UUID.randomUUID();
        assertEquals(201, publishDelta(owner, key, delta, 1, "x".getBytes()).status());
        var attempt = api.post("/v1/deltas/upload_url", owner, uploadRequest(key, UUID.randomUUID(), 2, "y".getBytes()));
        Map<String, Object> byos = new HashMap<>();
        byos.putAll(Map.of("name", "owner's", "provider", "r2", "bucket_name", TestEnvironment.BYOS_BUCKET, "region", "auto",
                "endpoint_url", env.s3().endpoint(), "access_key_id", env.s3().accessKey(), "secret_access_key", env.s3().secretKey()));
        storage = api.post("/v1/storages", owner, byos).json().get("storage").get("storage_uuid").asText();
        var inv = api.post("/v1/keys/" + key + "/invitations", owner, Map.of("email", m.email(), "role", "Maintainer"));
        api.post("/v1/invitations/" + inv.json().get("invitation_uuid").asText() + "/accept", maintainer, null);
        var other = api.post("/v1/keys/" + key + "/invitations", owner, Map.of("email", "someone-else@example.test", "role", "Owner"));
        String relation = api.get("/v1/keys/" + key + "/relations", owner).json().get("relations").findValuesAsText("user_key_relation_uuid").getFirst();
        String internal = api.get("/v1/storages", owner).json().get("storages").get(0).get("storage_uuid").asText();
        String k = "/v1/keys/" + key;
        calls.put("GET /v1/me", new Call("GET", "/v1/me", null));
        calls.put("GET /v1/cli/version", new Call("GET", "/v1/cli/version", null));
        calls.put("GET /q/openapi", new Call("GET", "/q/openapi", null));
        calls.put("GET /v1/keys", new Call("GET", "/v1/keys", null));
        calls.put("POST /v1/keys", new Call("POST", "/v1/keys", registration(UUID.randomUUID())));
        calls.put("GET /v1/keys/{key_uuid}", new Call("GET", k, null));
        calls.put("PATCH /v1/keys/{key_uuid}", new Call("PATCH", k, Map.of("storage_uuid", internal)));
        calls.put("DELETE /v1/keys/{key_uuid}", new Call("DELETE", k, null));
        calls.put("GET /v1/keys/{key_uuid}/iterations/{seq}", new Call("GET", k + "/iterations/0", null));
        calls.put("POST /v1/keys/{key_uuid}/iterations/{seq}/claims", new Call("POST", k + "/iterations/0/claims", Map.of("size", 1)));
        calls.put("GET /v1/keys/{key_uuid}/deltas", new Call("GET", k + "/deltas", null));
        calls.put("GET /v1/keys/{key_uuid}/storage_limits", new Call("GET", k + "/storage_limits", null));
        calls.put("POST /v1/keys/{key_uuid}/invitations", new Call("POST", k + "/invitations", Map.of("email", "z@example.test", "role", "Owner")));
        calls.put("GET /v1/keys/{key_uuid}/relations", new Call("GET", k + "/relations", null));
        calls.put("DELETE /v1/keys/{key_uuid}/relations/{relation_uuid}", new Call("DELETE", k + "/relations/" + relation, null));
        calls.put("POST /v1/deltas/upload_url", new Call("POST", "/v1/deltas/upload_url", uploadRequest(key, UUID.randomUUID(), 2, "z".getBytes())));
        calls.put("POST /v1/deltas/confirm_upload", new Call("POST", "/v1/deltas/confirm_upload",
                Map.of("upload_attempt_uuid", attempt.json().get("upload_attempt_uuid").asText())));
        calls.put("POST /v1/deltas/download_url", new Call("POST", "/v1/deltas/download_url",
                Map.of("key_uuid", key.toString(), "delta_uuid", delta.toString())));
        calls.put("GET /v1/storages", new Call("GET", "/v1/storages", null));
        calls.put("POST /v1/storages", new Call("POST", "/v1/storages", Map.of("name", "")));
        calls.put("GET /v1/storages/{storage_uuid}", new Call("GET", "/v1/storages/" + storage, null));
        calls.put("PATCH /v1/storages/{storage_uuid}", new Call("PATCH", "/v1/storages/" + storage, Map.of("name", "stolen")));
        calls.put("DELETE /v1/storages/{storage_uuid}", new Call("DELETE", "/v1/storages/" + storage, null));
        calls.put("GET /v1/invitations", new Call("GET", "/v1/invitations", null));
        calls.put("POST /v1/invitations/{invitation_uuid}/accept",
                new Call("POST", "/v1/invitations/" + other.json().get("invitation_uuid").asText() + "/accept", null));
    }

    @Test
    void everyResourceMethodHasARequestHere() throws IOException {
        assertEquals(resourceTemplates(), calls.keySet(), "add a request (and its expectation) for each new resource method");
    }

    @Test
    void withoutAnApiKeyEveryNonPublicMethodIs401() {
        calls.forEach((template, c) -> {
            Api.Answer a = api.send(c.method(), c.path(), null, c.body(), Map.of());
            if (PUBLIC.contains(template)) assertEquals(200, a.status(), template);
            else {
                assertEquals(401, a.status(), template + " → " + a);
                assertEquals("unauthenticated", a.code(), template);
            }
        });
    }

    @Test
    void aStrangerGets404ForTheOwnersThingsAndNeverSeesThemInLists() {
        calls.forEach((template, c) -> {
            if (PUBLIC.contains(template)) return;
            Api.Answer a = api.send(c.method(), c.path(), stranger, c.body(), Map.of());
            if (CALLER_SCOPED.contains(template)) {
                assertFalse(a.body().contains(key.toString()) || a.body().contains(storage), template + " leaked: " + a);
                assertTrue(a.status() < 500, template + " → " + a);
            } else {
                assertEquals(404, a.status(), template + " → " + a);
                assertEquals("not_found", a.code(), template);
            }
        });
        assertEquals(200, api.get("/v1/keys/" + key, owner).status(), "the owner's key is untouched");
        assertEquals(200, api.get("/v1/storages/" + storage, owner).status(), "the owner's storage is untouched");
    }

    @Test
    void aMaintainerGets403ForOwnerOnlyOperations() {
        for (String template : OWNER_ONLY) {
            Call c = calls.get(template);
            Api.Answer a = api.send(c.method(), c.path(), maintainer, c.body(), Map.of());
            assertEquals(403, a.status(), template + " → " + a);
            assertEquals("forbidden", a.code(), template);
        }
        assertEquals(200, api.get("/v1/keys/" + key, owner).status());
    }

    /** "METHOD /path/template" of every resource method in adapters.in.rest. */
    static Set<String> resourceTemplates() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.list(Paths.get("src/main/java/adapters/in/rest"))) {
            for (String name : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Resource.java")).toList()) {
                Class<?> type;
                try {
                    type = Class.forName("adapters.in.rest." + name.replace(".java", ""));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                Path base = type.getAnnotation(Path.class);
                for (Method m : type.getDeclaredMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PATCH.class) ? "PATCH" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : null;
                    if (verb == null) continue;
                    Path sub = m.getAnnotation(Path.class);
                    String path = base.value() + (sub == null ? "" : sub.value());
                    out.add(verb + " " + path);
                    if (m.isAnnotationPresent(PublicEndpoint.class)) assertTrue(PUBLIC.contains(verb + " " + path), "unexpected public endpoint " + path);
                }
            }
        }
        return out;
    }
}
