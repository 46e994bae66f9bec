package adapters.out.ecs.http;

import static adapters.out.ecs.http.HttpEcsContractTest.entry;
import static adapters.out.ecs.http.HttpEcsFailuresTest.newKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.EcsUnavailableException;
import domain.ecs.RegisteredKey;
import domain.position.PositionRange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import support.EcsServer;

/**
 * A claim whose answer is lost is repeated once with the same {@code Idempotency-Key}, and the server answers the first
 * range: no key space is wasted and none is handed out twice. Faults come from {@link FaultProxy} between the adapter
 * and the real server.
 */
class HttpEcsClaimRetryTest {
    private static final String CLAIMS = "^POST /v1/keys/[0-9a-f-]+/iterations/0/claims";
    private final EcsServer server = EcsServer.get();
    private FaultProxy proxy;
    private HttpEcs ecs;
    private RegisteredKey key;

    @BeforeEach
    void setUp() throws Exception {
        proxy = new FaultProxy(server);
        ecs = HttpEcs.of(entry(proxy.url(), server.apiKey("owner@example.test")));
        key = newKey();
        ecs.register(key, Optional.empty());
    }

    @AfterEach
    void tearDown() throws Exception {
        proxy.close();
    }

    private List<FaultProxy.Seen> claims() {
        return proxy.seen().stream().filter(s -> s.requestLine().matches(CLAIMS + ".*")).toList();
    }

    @Test
    void aLostAnswerIsRepeatedWithTheSameKeyAndTheServerHandsOutTheFirstRange() {
        ecs.claim(key.keyUuid(), 0, 5);
        proxy.onNext(CLAIMS, new FaultProxy.Fault.DropAnswer());
        assertEquals(new PositionRange(5, 14), ecs.claim(key.keyUuid(), 0, 10));
        assertEquals(14, ecs.latestClaimed(key.keyUuid(), 0), "the repeated claim booked nothing more");
        assertEquals(new PositionRange(15, 15), ecs.claim(key.keyUuid(), 0, 1));
        List<FaultProxy.Seen> claims = claims();
        assertEquals(4, claims.size());
        assertEquals(claims.get(1).header("Idempotency-Key"), claims.get(2).header("Idempotency-Key"), "the repetition");
        assertNotEquals(claims.get(0).header("Idempotency-Key"), claims.get(1).header("Idempotency-Key"));
        assertNotEquals(claims.get(2).header("Idempotency-Key"), claims.get(3).header("Idempotency-Key"));
    }

    @Test
    void anAnswerHeldPastTheReadTimeoutIsRepeatedWithTheSameKey() {
        // A read timeout of 3 s: short for the test, long enough for a busy test machine to answer the repetition.
        HttpClients.Timeouts quick = new HttpClients.Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(3));
        var entry = entry(proxy.url(), server.apiKey("owner@example.test"));
        HttpEcs ecs = new HttpEcs(() -> HttpClients.of(entry, quick));
        proxy.onNext(CLAIMS, new FaultProxy.Fault.HoldAnswer(Duration.ofSeconds(4)));
        assertEquals(new PositionRange(0, 99), ecs.claim(key.keyUuid(), 0, 100));
        assertEquals(99, ecs.latestClaimed(key.keyUuid(), 0));
        assertEquals(2, claims().size());
    }

    @Test
    void anAnswerWhoseBodyStallsTimesOutAndIsRepeatedWithTheSameKey() {
        // connect 2 s + read 2 s bound the whole exchange; the body stalls for 10 s after its first byte
        HttpClients.Timeouts quick = new HttpClients.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        var entry = entry(proxy.url(), server.apiKey("owner@example.test"));
        HttpEcs ecs = new HttpEcs(() -> HttpClients.of(entry, quick));
        proxy.onNext(CLAIMS, new FaultProxy.Fault.StallBody(Duration.ofSeconds(10)));
        long start = System.nanoTime();
        assertEquals(new PositionRange(0, 6), ecs.claim(key.keyUuid(), 0, 7));
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(ms < 9000, "the stalled body was given up before the proxy closed the connection (" + ms + " ms)");
        assertEquals(6, ecs.latestClaimed(key.keyUuid(), 0), "the repetition booked nothing more");
        List<FaultProxy.Seen> claims = claims();
        assertEquals(2, claims.size());
        assertEquals(claims.get(0).header("Idempotency-Key"), claims.get(1).header("Idempotency-Key"));
    }

    @Test
    void aServerErrorIsRepeatedOnceThenReportedAsUnavailable() {
        String down = FaultProxy.problem(503, "database_unavailable", "the database does not answer");
        proxy.onNext(CLAIMS, new FaultProxy.Fault.Answer(503, down, 5));
        assertEquals(new PositionRange(0, 0), ecs.claim(key.keyUuid(), 0, 1));
        proxy.onNext(CLAIMS, new FaultProxy.Fault.Answer(503, down, 5));
        proxy.onNext(CLAIMS, new FaultProxy.Fault.Answer(503, down, 5));
        assertThrows(EcsUnavailableException.class, () -> ecs.claim(key.keyUuid(), 0, 1));
        assertEquals(4, claims().size(), "one repetition, never more");
        assertEquals(0, ecs.latestClaimed(key.keyUuid(), 0));
    }

    private long seen(String requestLineStart) {
        return proxy.seen().stream().filter(s -> s.requestLine().startsWith(requestLineStart)).count();
    }

    @Test
    void noOtherRequestIsRepeated() {
        // requests that change something (POST, PATCH, DELETE): sent once; a lost answer is reported as unavailable
        RegisteredKey other = newKey();
        proxy.onNext("^POST /v1/keys ", new FaultProxy.Fault.DropAnswer());
        assertThrows(EcsUnavailableException.class, () -> ecs.register(other, Optional.empty()));
        assertEquals(2, seen("POST /v1/keys "), "the registration of setUp and this one, each once");
        String keyPath = "/v1/keys/" + key.keyUuid() + " ";
        proxy.onNext("^PATCH " + keyPath, new FaultProxy.Fault.DropAnswer());
        assertThrows(EcsUnavailableException.class, () -> ecs.edit(key.keyUuid(),
                new application.port.out.KeyEdit(Optional.of("renamed"), Optional.empty(), Optional.empty())));
        assertEquals(1, seen("PATCH " + keyPath));
        proxy.onNext("^DELETE " + keyPath, new FaultProxy.Fault.DropAnswer());
        assertThrows(EcsUnavailableException.class, () -> ecs.delete(key.keyUuid()));
        assertEquals(1, seen("DELETE " + keyPath));

        // reads: the adapter does not repeat them either, but the JDK's client resends a GET (and only a GET or HEAD)
        // once on a new connection when the connection closed before any byte of the answer; a second loss is reported
        RegisteredKey read = newKey();
        ecs.register(read, Optional.empty());
        String readPath = "GET /v1/keys/" + read.keyUuid() + " ";
        proxy.onNext("^" + readPath, new FaultProxy.Fault.DropAnswer());
        proxy.onNext("^" + readPath, new FaultProxy.Fault.DropAnswer());
        assertThrows(EcsUnavailableException.class, () -> ecs.describe(read.keyUuid()));
        assertEquals(2, seen(readPath), "the JDK's one resend of a safe request, nothing more");
    }
}
