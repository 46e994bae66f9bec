package api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The server serves exactly the committed contract. */
@QuarkusTest
class OpenApiServedTest extends ApiTestBase {

    @Test
    void servedDocumentIsByteForByteTheCommittedContract() throws Exception {
        var a = api.get("/q/openapi", null);
        assertEquals(200, a.status());
        assertTrue(a.header("Content-Type").startsWith("application/yaml"), a.header("Content-Type"));
        byte[] committed = Files.readAllBytes(Path.of("../docs/http-ecs.openapi.yaml"));
        assertArrayEquals(committed, a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "the served OpenAPI differs from docs/http-ecs.openapi.yaml");
    }

    @Test
    void cliVersionNeedsNoApiKey() {
        var a = api.get("/v1/cli/version", null);
        assertEquals(200, a.status(), a.toString());
        assertEquals("0.1.0", a.json().get("latest_version").asText());
        assertTrue(a.json().has("download_url") && a.json().get("download_url").isNull());
    }
}
