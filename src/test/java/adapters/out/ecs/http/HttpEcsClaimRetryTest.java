package adapters.out.ecs.http;

import static adapters.out.ecs.http.HttpEcsContractTest.entry;
import static adapters.out.ecs.http.HttpEcsFailuresTest.newKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import application.port.out.EcsUnavailableException;
import domain.ecs.RegisteredKey;
import domain.position.PositionRange;
import io.quarkus.test.junit.QuarkusTest;
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
@QuarkusTest
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

    @Test
    void noOtherRequestIsRepeated() {
        proxy.onNext("^GET /v1/keys/" + key.keyUuid() + " ", new FaultProxy.Fault.DropAnswer());
        assertThrows(EcsUnavailableException.class, () -> ecs.describe(key.keyUuid()));
        assertEquals(1, proxy.seen().stream().filter(s -> s.requestLine().startsWith("GET /v1/keys/" + key.keyUuid() + " ")).count());
    }
}
