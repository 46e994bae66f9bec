package adapters.out.ecs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.CapacityExhaustedException;
import application.port.out.EcsAuthenticationException;
import application.port.out.EcsException;
import application.port.out.EcsPermissionException;
import application.port.out.EcsRejectedException;
import application.port.out.EcsUnavailableException;
import com.fasterxml.jackson.core.JsonParseException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * The failure table without a network: each {@code java.net.http} failure, shaped as the JDK throws it (the type decides,
 * never the message), and each kind of answer. The same classes meet real sockets and the real server in
 * {@link HttpEcsFailuresTest} and {@link HttpEcsClaimRetryTest}.
 */
class EcsApiFailuresTest {
    private final EcsApiFailures failures = new EcsApiFailures("ecs.example:8443");

    private static RuntimeException sent(IOException e) {
        return new UncheckedIOException(e);
    }

    private static <T extends Throwable> T causedBy(T e, Throwable cause) {
        e.initCause(cause);
        return e;
    }

    @Test
    void aTimeoutBeforeTheConnectionWasMadeIsUnavailableAndNeverRepeated() {
        RuntimeException f = sent(causedBy(new HttpConnectTimeoutException("HTTP connect timed out"),
                new ConnectException("HTTP connect timed out")));
        EcsException e = failures.translate(f);
        assertInstanceOf(EcsUnavailableException.class, e);
        assertEquals("ECS at ecs.example:8443 cannot be reached: connection timed out", e.getMessage());
        assertFalse(EcsApiFailures.outcomeUnknown(f), "no connection, nothing sent");
    }

    @Test
    void aTimeoutAfterTheConnectionWasMadeIsUnavailableAndItsOutcomeUnknown() {
        RuntimeException f = sent(new HttpTimeoutException("request timed out"));
        assertEquals("ECS at ecs.example:8443 did not answer in time", failures.translate(f).getMessage());
        assertInstanceOf(EcsUnavailableException.class, failures.translate(f));
        assertTrue(EcsApiFailures.outcomeUnknown(f));
    }

    @Test
    void refusedAndUnresolvedConnectionsAreUnavailableAndNeverRepeated() {
        RuntimeException refused = sent(new ConnectException());
        assertEquals("ECS at ecs.example:8443 cannot be reached: connection refused", failures.translate(refused).getMessage());
        assertFalse(EcsApiFailures.outcomeUnknown(refused));
        RuntimeException unknown = sent(causedBy(new ConnectException(), new UnresolvedAddressException()));
        assertInstanceOf(EcsUnavailableException.class, failures.translate(unknown));
        assertEquals("ECS at ecs.example:8443 cannot be reached: unknown host", failures.translate(unknown).getMessage());
        assertFalse(EcsApiFailures.outcomeUnknown(unknown));
    }

    @Test
    void aConnectionClosedAfterTheRequestIsUnavailableAndItsOutcomeUnknown() {
        RuntimeException f = sent(causedBy(new IOException("HTTP/1.1 header parser received no bytes"), new EOFException("EOF reached")));
        EcsException e = failures.translate(f);
        assertInstanceOf(EcsUnavailableException.class, e);
        assertTrue(e.getMessage().contains("the connection failed (HTTP/1.1 header parser received no bytes)"), e.getMessage());
        assertTrue(EcsApiFailures.outcomeUnknown(f));
        RuntimeException garbled = sent(new IOException("Invalid status line: \"\u001b[2Jhostile\""));
        assertTrue(failures.translate(garbled).getMessage().chars().noneMatch(Character::isISOControl), "no terminal escapes");
    }

    @Test
    void anUntrustedCertificateNamesDevModeIsNotUnavailableAndNeverRepeated() {
        RuntimeException f = sent(causedBy(new SSLHandshakeException("PKIX path building failed"),
                new CertificateException("unable to find valid certification path to requested target")));
        EcsException e = failures.translate(f);
        assertFalse(e instanceof EcsUnavailableException, "an untrusted certificate must not allow the OFFLINE fallback");
        assertTrue(e.getMessage().contains("--dev-mode"), e.getMessage());
        assertFalse(EcsApiFailures.outcomeUnknown(f));
        RuntimeException other = sent(new SSLHandshakeException("Received fatal alert: handshake_failure"));
        assertTrue(failures.translate(other).getMessage().startsWith("the TLS connection to the ECS at ecs.example:8443 failed"));
        assertFalse(failures.translate(other) instanceof EcsUnavailableException);
    }

    @Test
    void anInterruptedWaitIsUnavailableAndNeverRepeated() {
        RuntimeException f = sent(new InterruptedIOException("interrupted while waiting for the answer"));
        assertInstanceOf(EcsUnavailableException.class, failures.translate(f));
        assertFalse(EcsApiFailures.outcomeUnknown(f));
    }

    @Test
    void anAnswerThatCannotBeReadIsAnErrorNotUnavailability() {
        RuntimeException f = sent(new JsonParseException(null, "Unexpected character"));
        EcsException e = failures.translate(f);
        assertFalse(e instanceof EcsUnavailableException);
        assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
        assertFalse(EcsApiFailures.outcomeUnknown(f));
        assertFalse(EcsApiFailures.outcomeUnknown(new IllegalStateException("not a transport failure")));
    }

    private static EcsApiFailures.ApiProblem answer(int status, String body, String retryAfter) {
        return EcsApiFailures.ApiProblem.of(status, body.getBytes(StandardCharsets.UTF_8), retryAfter);
    }

    @Test
    void statusesAndProblemCodesBecomeThePortsExceptions() {
        EcsException busy = failures.translate(answer(503, FaultProxy.problem(503, "database_unavailable", "down"), "7"));
        assertInstanceOf(EcsUnavailableException.class, busy);
        assertEquals("ECS at ecs.example:8443 is unavailable (database_unavailable): down; retry after 7 s", busy.getMessage());
        assertTrue(EcsApiFailures.outcomeUnknown(answer(503, "", null)));
        assertFalse(EcsApiFailures.outcomeUnknown(answer(503, FaultProxy.problem(503, "key_fenced", "fenced"), "1")));
        EcsException gateway = failures.translate(answer(502, "<html>bad gateway</html>", null));
        assertEquals("ECS at ecs.example:8443 is unavailable (HTTP 502): HTTP 502 Bad Gateway", gateway.getMessage());
        EcsException slow = failures.translate(answer(429, FaultProxy.problem(429, "limit_exceeded", "2 a day"), "3600"));
        assertTrue(slow instanceof EcsUnavailableException && slow.getMessage().endsWith("retry after 3600 s"), slow.getMessage());
        assertInstanceOf(EcsAuthenticationException.class, failures.translate(answer(401, "", null)));
        assertInstanceOf(EcsPermissionException.class, failures.translate(answer(403, "", null)));
        assertInstanceOf(EcsApiFailures.NotFound.class, failures.translate(answer(404, "", null)));
        String full = "{\"code\":\"capacity_exhausted\",\"detail\":\"full\",\"remaining\":12}";
        assertEquals(12, ((CapacityExhaustedException) failures.translate(answer(409, full, null))).remaining());
        EcsRejectedException r = (EcsRejectedException) failures.translate(answer(422,
                "{\"code\":\"validation_failed\",\"detail\":\"bad\",\"errors\":[{\"field\":\"size\",\"message\":\"\\u001b[31mtoo big\"}]}", null));
        assertEquals("validation_failed", r.code());
        assertEquals("size:  [31mtoo big", r.errors().getFirst());
        assertFalse(EcsApiFailures.outcomeUnknown(answer(422, "", null)));
        assertEquals("ECS at ecs.example:8443 refused the request (HTTP 302): HTTP 302 Redirection (not followed)",
                failures.translate(answer(302, "", null)).getMessage());
    }

    @Test
    void theServersTextIsCutAt500CharactersWithoutControlCharacters() {
        assertEquals("a b", EcsApiFailures.printable("a\u0007b"));
        String cut = EcsApiFailures.printable("x".repeat(600));
        assertEquals("x".repeat(500) + "...", cut);
    }
}
