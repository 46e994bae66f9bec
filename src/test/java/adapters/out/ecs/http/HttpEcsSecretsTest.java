package adapters.out.ecs.http;

import static adapters.out.ecs.http.HttpEcsContractTest.entry;
import static adapters.out.ecs.http.HttpEcsFailuresTest.newKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.Credentials;
import application.port.out.HttpEcsEntry;
import application.port.out.StorageSpec;
import domain.ecs.DeltaRecord;
import domain.ecs.RegisteredKey;
import domain.position.PositionRange;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import support.EcsServer;

/**
 * No API key (right or wrong) and no storage secret appears in a log record at any level, an exception message, a
 * stack trace or a {@code toString()}, whatever happens: success, retries, refusals, TLS failures, the update check.
 */
class HttpEcsSecretsTest {
    private final EcsServer server = EcsServer.get();

    @Test
    void noSecretReachesALogOrAnError() throws Exception {
        String apiKey = server.apiKey("owner@example.test");
        String wrongKey = "wrong-" + UUID.randomUUID();
        List<Throwable> failures = new ArrayList<>();
        List<String> lines;
        try (LogCapture logs = new LogCapture(Level.ALL, "", "adapters", "jdk.httpclient", "jdk.internal.httpclient", "io.quarkus");
             FaultProxy proxy = new FaultProxy(server)) {
            HttpEcsEntry entry = entry(proxy.url(), apiKey);
            HttpEcs ecs = HttpEcs.of(entry);
            RegisteredKey k = newKey();
            ecs.register(k, Optional.empty());
            proxy.onNext("/claims", new FaultProxy.Fault.DropAnswer());
            ecs.claim(k.keyUuid(), 0, 3);
            long c = k.iterationCapacity();
            DeltaRecord d = new DeltaRecord(k.keyUuid(), UUID.randomUUID(), 1, new PositionRange(c, 2 * c - 1));
            ecs.publish(d, new byte[] {1, 2});
            ecs.download(k.keyUuid(), d.deltaUuid());
            collect(failures, () -> ecs.storages().create(new StorageSpec("x", "r2", "no-such-bucket", "auto", server.s3Endpoint(),
                    null, new Credentials(server.s3AccessKeyId(), server.s3SecretAccessKey()))));
            collect(failures, () -> HttpEcs.of(entry(server.url(), wrongKey)).find(k.keyUuid()));
            collect(failures, () -> HttpEcs.of(new HttpEcsEntry(UUID.randomUUID(), "strict", server.url(), apiKey, false, "0.1.0"))
                    .find(k.keyUuid()));
            collect(failures, () -> HttpEcs.of(entry("127.0.0.1:1", apiKey)).claim(k.keyUuid(), 0, 1));
            collect(failures, () -> HttpEcs.of(entry("nonexistent.invalid", apiKey)).claim(k.keyUuid(), 0, 1));
            assertEquals(Optional.of("0.1.0"), new HttpUpdateCheck().latestVersion(entry(server.url(), apiKey)));
            lines = logs.lines();
            assertTrue(proxy.seen().stream().allMatch(s -> ("Bearer " + apiKey).equals(s.header("Authorization"))),
                    "the key travels in the Authorization header, and only there");
            assertFalse(proxy.seen().stream().anyMatch(s -> s.requestLine().contains(apiKey)), "never in a URL");
        }
        assertEquals(5, failures.size());
        assertFalse(lines.isEmpty(), "the capture saw the run");
        for (String secret : List.of(apiKey, wrongKey, server.s3SecretAccessKey())) {
            for (String line : lines) assertFalse(line.contains(secret), "a log record shows a secret: " + line);
            for (Throwable t : failures) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                assertFalse(trace.toString().contains(secret), "an error shows a secret: " + trace);
            }
        }
        assertFalse(entry(server.url(), apiKey).toString().contains(apiKey));
    }

    private static void collect(List<Throwable> failures, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }
}
