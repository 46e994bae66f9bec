package adapters.out.ecs.http;

import adapters.out.ecs.ClaimRegistryContract;
import application.port.out.HttpEcsEntry;
import java.util.UUID;
import support.EcsServer;

/**
 * The ECS contract against the HTTP adapter and the real server ({@code bin/ecs-server}: PostgreSQL, S3Proxy, HTTPS with
 * a self-signed certificate, hence dev mode). A plain JUnit test: the adapter needs no running application (JDK HTTP
 * client and Jackson only).
 */
class HttpEcsContractTest extends ClaimRegistryContract {

    @Override
    @SuppressWarnings("unchecked")
    protected HttpEcs backend() {
        EcsServer server = EcsServer.get();
        return HttpEcs.of(entry(server.url(), server.apiKey("owner@example.test")));
    }

    /** A dev-mode entry (the test server's certificate is self-signed). */
    static HttpEcsEntry entry(String url, String apiKey) {
        return new HttpEcsEntry(UUID.randomUUID(), "test", url, apiKey, true, "0.1.0");
    }
}
