package adapters.out.ecs.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends the OmegaSafe API requests of one HTTP ECS entry with {@code java.net.http} and reads their JSON answers with
 * Jackson: the only class of the adapter that speaks HTTP to the API (the presigned transfers are {@link DeltaTransfer}'s).
 *
 * <ul>
 * <li>URL: the entry's {@code host[:port][/base]} means {@code https://host[:port][/base]}; an operation's path
 *     ({@code /v1/...}) is appended to it. Always HTTPS; redirects are not followed; HTTP/1.1.</li>
 * <li>Headers: {@code Authorization: Bearer <api key>} on every request, {@code Accept: application/json}, and
 *     {@code Content-Type: application/json} with a body; an operation may add its own ({@code Idempotency-Key}).</li>
 * <li>Timeouts ({@link HttpClients.Timeouts}): {@code connect} bounds the TCP connection and the TLS handshake (the JDK
 *     then fails with {@link java.net.http.HttpConnectTimeoutException}: nothing was sent); {@code read} bounds the wait
 *     for the answer's head (a {@link HttpTimeoutException}: the request may have been carried out), and
 *     {@code connect + read} the whole exchange, so an answer whose body stalls times out too.</li>
 * <li>Dev mode: this entry's client trusts any certificate and host name ({@link DevModeTls}); other clients keep the
 *     JDK's checks.</li>
 * </ul>
 *
 * <p>Outcomes of {@link #call}: a 2xx answer is read into the asked record; any other status arrives as an
 * {@link EcsApiFailures.ApiProblem}; a transport failure as an {@link UncheckedIOException} around the
 * {@code java.net.http} exception (an answer that cannot be read: around Jackson's {@link JsonProcessingException}; an
 * interrupted wait: around an {@link InterruptedIOException}, with the thread's interrupt flag set again).
 * {@link EcsApiFailures} translates all of them into the ports' exceptions. Nothing is logged, and the API key appears
 * in the {@code Authorization} header only ({@link #toString()} never shows it).
 *
 * <p>The JDK client (a selector thread and a pool of daemon worker threads) is built with this object, which
 * {@link HttpClients} makes on the entry's first request; nothing of it exists in a command that uses no HTTP ECS.
 */
final class ApiTransport implements AutoCloseable {
    /**
     * Reads answers into the records of {@link EcsApi} and writes request bodies. Members the records do not name are
     * ignored, so a newer server may add fields; null members are written as null (a null {@code storage_uuid} selects the
     * internal storage).
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String APPLICATION_JSON = "application/json";

    private final String base;
    private final String authorization;
    private final HttpClients.Timeouts timeouts;
    private final HttpClient client;

    /**
     * @param url      the entry's URL, {@code host[:port][/base]} (no scheme, no trailing slash: {@code EcsUrl})
     * @param apiKey   sent as {@code Authorization: Bearer <apiKey>}
     * @param devMode  trust any certificate and host name for this entry
     * @param timeouts connect and read timeouts
     */
    ApiTransport(String url, String apiKey, boolean devMode, HttpClients.Timeouts timeouts) {
        this.base = "https://" + url;
        this.authorization = "Bearer " + apiKey;
        this.timeouts = timeouts;
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (devMode) b.sslContext(DevModeTls.trustingAnyCertificate());
        this.client = b.build();
    }

    /**
     * Sends one request and reads its 2xx answer.
     *
     * @param method  {@code GET}, {@code POST}, {@code PATCH} or {@code DELETE}
     * @param path    the operation's path from {@code /v1} on, with its parameters filled in (UUIDs and integers only)
     * @param body    the JSON body (a record or a map), or null for none
     * @param headers further request headers (an operation's {@code Idempotency-Key}); empty for none
     * @param answer  the record the 2xx answer's JSON is read into
     * @return the answer
     * @throws EcsApiFailures.ApiProblem when the server answers a status other than 2xx
     * @throws UncheckedIOException      when the request fails on the way or its answer cannot be read
     */
    <T> T call(String method, String path, Object body, Map<String, String> headers, Class<T> answer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeouts.read())
                .header("Authorization", authorization)
                .header("Accept", APPLICATION_JSON);
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", APPLICATION_JSON).method(method, HttpRequest.BodyPublishers.ofByteArray(json(body)));
        }
        try {
            HttpResponse<byte[]> response = exchange(request.build());
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                throw EcsApiFailures.ApiProblem.of(status, response.body(), response.headers().firstValue("Retry-After").orElse(null));
            }
            return JSON.readValue(response.body(), answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer within {@code connect + read}: the JDK's own timers (connect, then read until the answer's head) end
     * every exchange that has no answer before then, with the exception that says whether the request was sent; this
     * deadline only catches an answer whose body stops arriving.
     */
    private HttpResponse<byte[]> exchange(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return answer.get(timeouts.connect().plus(timeouts.read()).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error error) throw error;
            throw new IOException(cause);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("the answer did not end in time");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the answer");
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    private static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a request body of " + body.getClass().getSimpleName(), e);
        }
    }

    /**
     * Stops the client at application stop without waiting: a request still running then (a signal during a command) is
     * aborted, not awaited for up to its read timeout.
     */
    @Override
    public void close() {
        client.shutdownNow();
    }

    @Override
    public String toString() { return "ApiTransport[" + base + ", Authorization: Bearer ***]"; }
}
