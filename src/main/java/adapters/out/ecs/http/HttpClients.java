package adapters.out.ecs.http;

import application.port.out.HttpEcsEntry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * One client per HTTP ECS entry, built in code when an entry is first used and kept for the rest of the process (every
 * entry has its own URL, API key and dev mode, so none is shared between entries). Nothing here runs for commands that
 * do not use an HTTP ECS. {@link #closeAll()} closes them when the application stops ({@link HttpClientsShutdown}).
 *
 * <p>A client is the entry's {@link EcsApi} over its own {@code java.net.http} client ({@link ApiTransport}) and its
 * {@link DeltaTransfer}: JDK classes only, nothing that starts with the application. The URL {@code host[:port][/base]}
 * means {@code https://host[:port][/base]}; the API's {@code /v1/...} paths are appended to it. Dev mode trusts any
 * certificate and skips the host-name check for that entry's clients only. Every API call carries
 * {@code Authorization: Bearer}; nothing logs requests or headers, so the API key never reaches a log.
 */
final class HttpClients {
    private static final Logger LOG = Logger.getLogger(HttpClients.class.getName());
    private static final Map<Key, EcsClient> CLIENTS = new ConcurrentHashMap<>();

    private HttpClients() { }

    /**
     * How long a request may take. {@code connect}: TCP connection and TLS handshake; {@code read}: from the request's
     * start until the answer's head, and {@code connect + read} until the end of its body ({@link ApiTransport}).
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
        EcsApi api = new EcsApi(new ApiTransport(key.url(), key.apiKey(), key.devMode(), key.timeouts()));
        LOG.fine(() -> "HTTP ECS client for " + key.url() + (key.devMode() ? " (dev mode: certificate not checked)" : ""));
        return new EcsClient(key.url(), api, new EcsApiFailures(key.url()), new DeltaTransfer(key.devMode(), key.url()));
    }

    /** An entry's API client, its failure table and its presigned-URL transfer. */
    record EcsClient(String url, EcsApi api, EcsApiFailures failures, DeltaTransfer transfer) {
        /** Stops the entry's HTTP clients; requests still running are aborted. */
        void close() {
            api.close();
            transfer.close();
        }
    }

    /** Cache key; {@link #toString()} never shows the API key. */
    private record Key(String url, String apiKey, boolean devMode, Timeouts timeouts) {
        @Override
        public String toString() { return "Key[url=" + url + ", apiKey=***, devMode=" + devMode + "]"; }
    }
}
