package adapters.out.ecs.http;

import static adapters.out.ecs.http.HttpEcsContractTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adapters.out.ecs.EcsConnectors;
import application.port.out.EcsAuthenticationException;
import application.port.out.EcsConnector;
import application.port.out.EcsException;
import application.port.out.EcsPermissionException;
import application.port.out.EcsRejectedException;
import application.port.out.EcsUnavailableException;
import application.port.out.HttpEcsEntry;
import application.port.out.KeyEdit;
import domain.ecs.DeltaRecord;
import domain.ecs.RegisteredKey;
import domain.key.KeyShape;
import domain.position.PositionRange;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import support.EcsServer;

/**
 * How failures classify, against the real server and real sockets: only "cannot be reached, timed out, slow down, 5xx"
 * allow the OFFLINE fallback ({@link EcsUnavailableException}); refused credentials, roles and certificates never do.
 */
class HttpEcsFailuresTest {
    private static final HttpClients.Timeouts SHORT = new HttpClients.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));

    private final EcsServer server = EcsServer.get();

    static RegisteredKey newKey() {
        return new RegisteredKey(UUID.randomUUID(), "k", new KeyShape(10, 10, 2), UUID.randomUUID(), "0.1.0");
    }

    private HttpEcs owner() {
        return HttpEcs.of(entry(server.url(), server.apiKey("owner@example.test")));
    }

    @Test
    void aClosedPortIsUnavailableAtOnce() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        HttpEcs ecs = HttpEcs.of(entry("127.0.0.1:" + port, "any-key"));
        long start = System.nanoTime();
        EcsUnavailableException e = assertThrows(EcsUnavailableException.class, () -> ecs.claim(UUID.randomUUID(), 0, 1));
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000, "a refused connection is not repeated");
        assertThrows(EcsUnavailableException.class, () -> new EcsConnectors(() -> "unused").prepare(entry("127.0.0.1:" + port, "k")));
    }

    @Test
    void aSocketThatAcceptsAndNeverAnswersTimesOutAsUnavailable() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) held.add(silent.accept());
                } catch (java.io.IOException closed) {
                    // test over
                }
            });
            HttpEcs ecs = new HttpEcs(() -> HttpClients.of(entry("127.0.0.1:" + silent.getLocalPort(), "k"), SHORT));
            long start = System.nanoTime();
            EcsUnavailableException e = assertThrows(EcsUnavailableException.class, () -> ecs.latestClaimed(UUID.randomUUID(), 0));
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(ms < 3000, "gave up after " + ms + " ms: " + e.getMessage());
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            start = System.nanoTime();
            assertThrows(EcsUnavailableException.class, () -> ecs.claim(UUID.randomUUID(), 0, 1));
            ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(ms < 3000, "a claim that never had a connection was never sent, so it is not repeated (" + ms + " ms)");
        } finally {
            for (Socket s : held) s.close();
        }
    }

    @Test
    void anUnknownHostIsUnavailable() {
        HttpEcs ecs = HttpEcs.of(entry("nonexistent.invalid", "k"));
        EcsUnavailableException e = assertThrows(EcsUnavailableException.class, () -> ecs.find(UUID.randomUUID()));
        assertTrue(e.getMessage().contains("unknown host"), e.getMessage());
    }

    @Test
    void aWrongApiKeyIsAnAuthenticationErrorNotAPermissionOne() {
        HttpEcsEntry wrong = entry(server.url(), "not-an-api-key-" + UUID.randomUUID());
        EcsAuthenticationException e = assertThrows(EcsAuthenticationException.class, () -> HttpEcs.of(wrong).find(UUID.randomUUID()));
        assertFalse(e instanceof EcsPermissionException);
        assertThrows(EcsAuthenticationException.class, () -> new EcsConnectors(() -> "unused").prepare(wrong));
        assertEquals(EcsConnector.Prepared.VERIFIED,
                new EcsConnectors(() -> "unused").prepare(entry(server.url(), server.apiKey("owner@example.test"))));
        assertEquals(Optional.empty(), new EcsConnectors(() -> "unused").localProblem(wrong));
    }

    @Test
    void aMaintainerIsRefusedWhatOnlyAnOwnerMayDoAndAStrangerSeesNothing() {
        RegisteredKey k = newKey();
        owner().register(k, Optional.empty());
        String maintainerKey = server.apiKey("maintainer@example.test");
        server.share(server.apiKey("owner@example.test"), k.keyUuid(), "maintainer@example.test", "Maintainer", maintainerKey);
        HttpEcs maintainer = HttpEcs.of(entry(server.url(), maintainerKey));
        assertEquals(new PositionRange(0, 9), maintainer.claim(k.keyUuid(), 0, 10), "a Maintainer claims");
        UUID internal = maintainer.storages().list().getFirst().storageUuid();
        assertThrows(EcsPermissionException.class,
                () -> maintainer.edit(k.keyUuid(), new KeyEdit(Optional.empty(), Optional.of(internal), Optional.empty())));
        assertThrows(EcsPermissionException.class, () -> maintainer.delete(k.keyUuid()));

        HttpEcs stranger = HttpEcs.of(entry(server.url(), server.apiKey("stranger@example.test")));
        assertTrue(stranger.find(k.keyUuid()).isEmpty(), "a key without a relation is not there (UUIDs do not leak)");
        EcsException e = assertThrows(EcsException.class, () -> stranger.claim(k.keyUuid(), 0, 1));
        assertFalse(e instanceof EcsUnavailableException || e instanceof EcsAuthenticationException, e.getClass().getName());
    }

    @Test
    void theUploadLimitAnswers429WhichIsUnavailableWithRetryAfter() {
        HttpEcs ecs = owner();
        RegisteredKey k = newKey();
        ecs.register(k, Optional.empty());
        long c = k.iterationCapacity();
        for (int seq = 1; seq <= 2; seq++) {
            ecs.publish(new DeltaRecord(k.keyUuid(), UUID.randomUUID(), seq, new PositionRange(seq * c, (seq + 1) * c - 1)), new byte[] {1, 2, 3});
        }
        DeltaRecord third = new DeltaRecord(k.keyUuid(), UUID.randomUUID(), 3, new PositionRange(3 * c, 4 * c - 1));
        EcsUnavailableException e = assertThrows(EcsUnavailableException.class, () -> ecs.publish(third, new byte[] {4}));
        assertTrue(e.getMessage().matches(".*limit_exceeded.*retry after \\d+ s"), e.getMessage());
    }

    @Test
    void aServerErrorIsUnavailableWithItsRetryAfter() throws Exception {
        try (FaultProxy proxy = new FaultProxy(server)) {
            proxy.onNext("GET /v1/keys/", new FaultProxy.Fault.Answer(503, FaultProxy.problem(503, "database_unavailable", "down"), 7));
            HttpEcs ecs = HttpEcs.of(entry(proxy.url(), server.apiKey("owner@example.test")));
            EcsUnavailableException e = assertThrows(EcsUnavailableException.class, () -> ecs.describe(UUID.randomUUID()));
            assertTrue(e.getMessage().endsWith("retry after 7 s"), e.getMessage());
            proxy.onNext("GET /v1/keys/", new FaultProxy.Fault.Answer(502, "<html>bad gateway</html>", null));
            assertThrows(EcsUnavailableException.class, () -> ecs.describe(UUID.randomUUID()));
            proxy.onNext("GET /v1/keys/", new FaultProxy.Fault.Answer(422, FaultProxy.problem(422, "validation_failed",
                    "bad \\u001b[2J\\u001b]0;title\\u0007 value"), null));
            EcsRejectedException e2 = assertThrows(EcsRejectedException.class, () -> ecs.describe(UUID.randomUUID()));
            assertTrue(e2.getMessage().chars().noneMatch(Character::isISOControl), "no terminal escapes: " + e2.getMessage());
        }
    }

    @Test
    void aStoppedServerIsUnavailableAndKeepsEverythingWhenStartedAgain() {
        HttpEcs ecs = owner();
        RegisteredKey k = newKey();
        ecs.register(k, Optional.empty());
        ecs.claim(k.keyUuid(), 0, 10);
        server.stop();
        try {
            EcsUnavailableException e = assertThrows(EcsUnavailableException.class, () -> owner().claim(k.keyUuid(), 0, 1));
            assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        } finally {
            server.start();
        }
        assertEquals(new PositionRange(10, 10), owner().claim(k.keyUuid(), 0, 1), "nothing claimed while down, nothing lost");
    }

    @Test
    void aSelfSignedCertificateWithoutDevModeIsNotUnavailableAndNamesDevMode() {
        HttpEcsEntry strict = new HttpEcsEntry(UUID.randomUUID(), "strict", server.url(), server.apiKey("owner@example.test"), false, "0.1.0");
        EcsException e = assertThrows(EcsException.class, () -> HttpEcs.of(strict).find(UUID.randomUUID()));
        assertFalse(e instanceof EcsUnavailableException, "an untrusted certificate must not allow the OFFLINE fallback");
        assertTrue(e.getMessage().contains("--dev-mode"), e.getMessage());
        assertInstanceOf(EcsException.class, assertThrows(EcsException.class, () -> new EcsConnectors(() -> "x").prepare(strict)));
    }
}
