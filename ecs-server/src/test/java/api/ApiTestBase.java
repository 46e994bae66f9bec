package api;

import application.port.in.ManageUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import testenv.Api;
import testenv.EcsTestResource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared setup of the API tests: the running server, new users, keys and Deltas. */
@QuarkusTestResource(EcsTestResource.class)
abstract class ApiTestBase {
    /** MEDIUM-like shape small enough for exhaustion tests: C = 10 * 4^2 = 160. */
    static final int N = 10, R = 4, K = 2;
    static final long C = 160;
    final Api api = Api.local();
    @Inject
    ManageUsers users;

    /** A new user; returns its API key. */
    String newUser() {
        return users.createUser("u-" + UUID.randomUUID() + "@example.test").token();
    }

    /** A new user's e-mail and API key. */
    record User(String email, String token) { }

    User newUserWithEmail() {
        String email = "u-" + UUID.randomUUID() + "@example.test";
        return new User(email, users.createUser(email).token());
    }

    /** A registration body of shape (N, R, K). */
    static Map<String, Object> registration(UUID key) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("key_uuid", key.toString());
        b.put("key_name", "key-" + key.toString().substring(0, 8));
        b.put("nucleus_maps", N);
        b.put("rotor_maps", R);
        b.put("rotor_count", K);
        b.put("iteration_capacity", C);
        b.put("alpha_iteration_uuid", UUID.nameUUIDFromBytes(key.toString().getBytes()).toString());
        b.put("omegasafe_version", "0.1.0");
        b.put("storage_uuid", null);
        return b;
    }

    /** Registers a new key owned by {@code token}. */
    UUID newKey(String token) {
        UUID key = UUID.randomUUID();
        Api.Answer a = api.post("/v1/keys", token, registration(key));
        assertEquals(201, a.status(), a.toString());
        return key;
    }

    /** Base64 of the MD5 of {@code bytes}. */
    static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An upload-url request body. */
    static Map<String, Object> uploadRequest(UUID key, UUID delta, int seq, byte[] payload) {
        return Map.of("key_uuid", key.toString(), "delta_uuid", delta.toString(), "seq_number", seq, "size", payload.length,
                "content_md5", md5(payload));
    }

    /** Headers of an upload URL answer. */
    static Map<String, String> headers(JsonNode uploadUrl) {
        Map<String, String> h = new LinkedHashMap<>();
        uploadUrl.get("headers").fields().forEachRemaining(e -> h.put(e.getKey(), e.getValue().asText()));
        return h;
    }

    /** Uploads and confirms a Delta; returns the confirm answer. */
    Api.Answer publishDelta(String token, UUID key, UUID delta, int seq, byte[] payload) {
        Api.Answer url = api.post("/v1/deltas/upload_url", token, uploadRequest(key, delta, seq, payload));
        assertEquals(201, url.status(), url.toString());
        var put = Api.presigned("PUT", url.json().get("url").asText(), headers(url.json()), payload);
        assertEquals(200, put.statusCode(), new String(put.body(), StandardCharsets.UTF_8));
        return api.post("/v1/deltas/confirm_upload", token, Map.of("upload_attempt_uuid", url.json().get("upload_attempt_uuid").asText()));
    }
}
