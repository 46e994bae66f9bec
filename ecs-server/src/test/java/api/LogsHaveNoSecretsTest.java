package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import testenv.TestEnvironment;

/**
 * After requests that carry every kind of secret (API keys valid and invalid, BYOS credentials right and
 * wrong, Delta payloads), the server's log (DEBUG for the server's packages in tests) holds none of them.
 */
@QuarkusTest
class LogsHaveNoSecretsTest extends ApiTestBase {

    @Test
    void noApiKeyCredentialOrPayloadIsLogged() throws Exception {
        TestEnvironment env = TestEnvironment.get();
        env.s3().ensureBucket(TestEnvironment.BYOS_BUCKET);
        String token = newUser();
        String wrongToken = "osk_" + UUID.randomUUID();
        String wrongSecret = "wrong-secret-" + UUID.randomUUID();
        byte[] payload = ("payload-" + UUID.randomUUID()).getBytes();
        api.get("/v1/me", wrongToken);
        UUID key = newKey(token);
        assertEquals(201, publishDelta(token, key, UUID.randomUUID(), 1, payload).status());
        Map<String, Object> byos = new HashMap<>(Map.of("name", "logged?", "provider", "r2", "bucket_name", TestEnvironment.BYOS_BUCKET,
                "region", "auto", "endpoint_url", env.s3().endpoint(), "access_key_id", env.s3().accessKey(), "secret_access_key", wrongSecret));
        assertEquals(422, api.post("/v1/storages", token, byos).status());
        byos.put("secret_access_key", env.s3().secretKey());
        assertEquals(201, api.post("/v1/storages", token, byos).status());
        api.post("/v1/keys/" + key + "/iterations/0/claims", token, "{\"size\": [" + "\"" + wrongSecret + "\"]}");

        Path log = Path.of("target/quarkus-test.log");
        assertTrue(Files.exists(log), "the test log file is configured in src/test/resources/application.properties");
        String text = Files.readString(log);
        assertTrue(text.contains("event=witness_checked"), "the log is the server's");
        for (String secret : new String[] {token, wrongToken, wrongSecret, env.s3().secretKey(), env.masterKey(), new String(payload)}) {
            assertFalse(text.contains(secret), "a secret is in the log");
        }
        assertFalse(text.contains("osk_"), "no API key at all is in the log");
    }
}
