package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /v1/me and authentication: missing, unknown, revoked and valid API keys; problem answers for bad requests. */
@QuarkusTest
class CallerApiTest extends ApiTestBase {

    @Test
    void meAnswersTheUserBehindTheKey() {
        User u = newUserWithEmail();
        var a = api.get("/v1/me", u.token());
        assertEquals(200, a.status(), a.toString());
        assertEquals(u.email(), a.json().get("email").asText());
        assertNotNull(a.json().get("user_uuid").asText());
        assertEquals(36, a.json().get("api_key_uuid").asText().length());
    }

    @Test
    void missingUnknownAndMalformedKeysAre401WithAProblem() {
        for (String token : new String[] {null, "osk_unknown", ""}) {
            var a = api.get("/v1/me", token);
            assertEquals(401, a.status(), a.toString());
            assertEquals("unauthenticated", a.code());
            assertEquals("Bearer", a.header("WWW-Authenticate"));
            assertEquals("application/problem+json", a.header("Content-Type"));
            assertEquals("urn:omegasafe:problem:unauthenticated", a.json().get("type").asText());
        }
        var basic = api.send("GET", "/v1/me", null, null, Map.of("Authorization", "Basic dXNlcjpwYXNz"));
        assertEquals(401, basic.status());
    }

    @Test
    void aRevokedKeyNoLongerAuthenticatesButTheUsersOtherKeyDoes() {
        User u = newUserWithEmail();
        var second = users.createApiKey(u.email());
        assertEquals(200, api.get("/v1/me", second.token()).status());
        users.revokeApiKey(second.apiKeyUuid());
        assertEquals(401, api.get("/v1/me", second.token()).status());
        assertEquals(200, api.get("/v1/me", u.token()).status());
    }

    @Test
    void unknownPathsWrongMethodsAndBadJsonAreProblemsNot500() {
        String t = newUser();
        var unknown = api.get("/v1/nothing-here", t);
        assertEquals(404, unknown.status());
        assertEquals("not_found", unknown.code());
        var method = api.send("PUT", "/v1/keys", t, "{}", Map.of());
        assertEquals(405, method.status(), method.toString());
        assertEquals("method_not_allowed", method.code());
        var syntax = api.post("/v1/keys", t, "{not json");
        assertEquals(400, syntax.status(), syntax.toString());
        assertEquals("malformed_request", syntax.code());
        var type = api.post("/v1/keys", t, "{\"nucleus_maps\": \"many\"}");
        assertEquals(422, type.status(), type.toString());
        assertEquals("nucleus_maps", type.json().get("errors").get(0).get("field").asText());
        var media = api.send("POST", "/v1/keys", t, "x=1", Map.of("Content-Type", "text/plain"));
        assertTrue(media.status() == 400 || media.status() == 415, media.toString());
        assertEquals("application/problem+json", media.header("Content-Type"));
    }
}
