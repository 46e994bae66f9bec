package adapters.out.ecs.http;

import application.port.out.HttpEcsEntry;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.resteasy.reactive.client.api.LoggingScope;

/**
 * One client per HTTP ECS entry, built in code when an entry is first used and kept for the rest of the process (every
 * entry has its own URL, API key and dev mode, so none is shared between entries). Nothing here runs for commands that
 * do not use an HTTP ECS. {@link #closeAll()} closes them when the application stops ({@link HttpClientsShutdown}).
 *
 * <p>The URL {@code host[:port][/base]} means {@code https://host[:port][/base]}; the API's {@code /v1/...} paths are
 * appended to it. Dev mode trusts any certificate and skips the host-name check for that entry's client only (the
 * global {@code quarkus.tls.trust-all} is overridden either way). Every API call carries {@code Authorization: Bearer};
 * request and response logging stays off, so the header never reaches a log.
 */
final class HttpClients {
    private static final Logger LOG = Logger.getLogger(HttpClients.class.getName());
    private static final Map<Key, EcsClient> CLIENTS = new ConcurrentHashMap<>();

    private HttpClients() { }

    /**
     * How long a request may take. {@code connect}: TCP connection (and TLS handshake); {@code read}: from sending the
     * request to the end of the answer.
     */
    record Timeouts(Duration connect, Duration read) {
        Timeouts {
            Objects.requireNonNull(connect, "connect");
            Objects.requireNonNull(read, "read");
        }
    }

    /**
     * The API's timeouts. Connect 5 s: a reachable server on any continent connects in well under a second, and an
     * unreachable one should fall back to OFFLINE quickly. Read 30 s: a claim is one database statement, but a server
     * under load, or a storage HEAD behind an upload URL, can take seconds; longer than that is treated as unavailable.
     */
    static final Timeouts API = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));

    /** The update check's timeouts: 2 s, so the check never delays a command noticeably (reference: update check). */
    static final Timeouts UPDATE_CHECK = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    /** The client of {@code entry} with the API's timeouts. */
    static EcsClient of(HttpEcsEntry entry) {
        return of(entry, API);
    }

    /** The client of {@code entry} with {@code timeouts}, built on first use. */
    static EcsClient of(HttpEcsEntry entry, Timeouts timeouts) {
        return CLIENTS.computeIfAbsent(new Key(entry.url(), entry.apiKey(), entry.devMode(), timeouts), HttpClients::build);
    }

    /** Closes every client built so far (at application stop). */
    static void closeAll() {
        for (Key k : List.copyOf(CLIENTS.keySet())) {
            EcsClient c = CLIENTS.remove(k);
            if (c != null) c.close();
        }
    }

    private static EcsClient build(Key key) {
        EcsApi api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create("https://" + key.url()))
                .connectTimeout(key.timeouts().connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(key.timeouts().read().toMillis(), TimeUnit.MILLISECONDS)
                .trustAll(key.devMode())
                .verifyHost(!key.devMode())
                .followRedirects(false)
                .loggingScope(LoggingScope.NONE)
                .register(new BearerToken(key.apiKey()))
                .register(new EcsApiFailures.ProblemMapper())
                .build(EcsApi.class);
        LOG.fine(() -> "HTTP ECS client for " + key.url() + (key.devMode() ? " (dev mode: certificate not checked)" : ""));
        return new EcsClient(key.url(), api, new EcsApiFailures(key.url()), new DeltaTransfer(key.devMode(), key.url()));
    }

    /** An entry's API client, its failure table and its presigned-URL transfer. */
    record EcsClient(String url, EcsApi api, EcsApiFailures failures, DeltaTransfer transfer) {
        void close() {
            try {
                if (api instanceof AutoCloseable c) c.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing the client of " + url + " failed", e);
            }
            transfer.close();
        }
    }

    /** Cache key; {@link #toString()} never shows the API key. */
    private record Key(String url, String apiKey, boolean devMode, Timeouts timeouts) {
        @Override
        public String toString() { return "Key[url=" + url + ", apiKey=***, devMode=" + devMode + "]"; }
    }

    /** Adds {@code Authorization: Bearer <api key>} to every request; {@link #toString()} never shows it. */
    private static final class BearerToken implements ClientRequestFilter {
        private final String value;

        BearerToken(String apiKey) {
            this.value = "Bearer " + apiKey;
        }

        @Override
        public void filter(ClientRequestContext request) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, value);
        }

        @Override
        public String toString() { return "BearerToken[***]"; }
    }
}
