package adapters.out.ecs.http;

import application.port.out.DeltaRegistry;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Moves encrypted Delta payloads to and from the storage through the presigned URLs the API hands out, with
 * {@code java.net.http} (the API client never sees payloads). A PUT sends exactly the signed headers it was given (the
 * client sets Host and Content-Length itself); a GET reads at most {@link DeltaRegistry#MAX_PAYLOAD_BYTES}. The URLs are
 * {@code https://} in production and may be {@code http://} on loopback (S3Proxy of the embedded default). Messages name
 * the storage host only: a presigned URL carries a signature and never appears in a message or log.
 */
final class DeltaTransfer implements AutoCloseable {
    /** Headers the HTTP client sets itself and refuses to take from the caller (java.net.http's restricted headers). */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length", "connection", "expect", "upgrade");
    /** Connect timeout of a transfer: as the API's (5 s). */
    private static final Duration CONNECT = Duration.ofSeconds(5);
    /**
     * Whole-transfer timeout: 2 min carries the largest payload (10 MiB) at about 0.7 Mbit/s; slower than that is
     * treated as an unavailable storage.
     */
    private static final Duration TRANSFER = Duration.ofMinutes(2);
    private static final Pattern S3_CODE = Pattern.compile("<Code>([A-Za-z0-9.]{1,64})</Code>");

    private final boolean devMode;
    private final String ecs;
    private volatile HttpClient client;

    /** @param devMode trust any certificate of the storage too (the entry's dev mode); @param ecsUrl for messages */
    DeltaTransfer(boolean devMode, String ecsUrl) {
        this.devMode = devMode;
        this.ecs = ecsUrl;
    }

    /** True when this entry's transfers trust any certificate (dev mode). */
    boolean devMode() { return devMode; }

    /** What a presigned PUT answered. */
    enum PutOutcome {
        /** 200: the object is stored now. */
        STORED,
        /** 412: {@code If-None-Match: *} found the object there already (an earlier attempt of the same Delta stored it). */
        ALREADY_THERE
    }

    /**
     * PUTs {@code payload} to {@code url} with {@code signedHeaders} (all of them, Host and Content-Length excepted).
     *
     * @throws EcsUnavailableException when the storage cannot be reached, times out or answers 5xx
     * @throws EcsException            when it refuses the upload (expired URL, wrong digest, signature mismatch)
     */
    PutOutcome put(URI url, Map<String, String> signedHeaders, byte[] payload) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TRANSFER).PUT(HttpRequest.BodyPublishers.ofByteArray(payload));
        signedHeaders.forEach((name, value) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) request.header(name, value);
        });
        HttpResponse<String> response = send(url, request.build(), HttpResponse.BodyHandlers.ofString());
        return switch (response.statusCode()) {
            case 200, 201, 204 -> PutOutcome.STORED;
            case 412 -> PutOutcome.ALREADY_THERE;
            default -> throw refused("upload", url, response.statusCode(), response.body());
        };
    }

    /**
     * GETs the object at {@code url}: at most {@code expectedSize} bytes (plus one, to notice a longer object).
     *
     * @throws EcsUnavailableException when the storage cannot be reached, times out or answers 5xx
     * @throws EcsException            when it refuses or has no such object
     */
    byte[] get(URI url, long expectedSize) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TRANSFER).GET().build();
        HttpResponse<InputStream> response = send(url, request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
                throw refused("download", url, response.statusCode(), text);
            }
            return body.readNBytes((int) Math.min(expectedSize + 1, DeltaRegistry.MAX_PAYLOAD_BYTES + 1L));
        } catch (IOException e) {
            throw new EcsUnavailableException("the Delta storage at " + url.getHost() + " broke off the download: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private <T> HttpResponse<T> send(URI url, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client().send(request, handler);
        } catch (HttpTimeoutException e) {
            throw new EcsUnavailableException("the Delta storage at " + url.getHost() + " did not answer in time", e);
        } catch (SSLException e) {
            throw new EcsException("the TLS connection to the Delta storage at " + url.getHost() + " (given by the ECS at " + ecs
                    + ") failed: " + e.getMessage(), e);
        } catch (ConnectException e) {
            throw new EcsUnavailableException("the Delta storage at " + url.getHost() + " cannot be reached: connection refused", e);
        } catch (IOException e) {
            throw new EcsUnavailableException("the Delta storage at " + url.getHost() + " cannot be reached: "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EcsUnavailableException("the transfer to the Delta storage was interrupted", e);
        }
    }

    private EcsException refused(String what, URI url, int status, String body) {
        Matcher m = S3_CODE.matcher(body == null ? "" : body);
        String code = m.find() ? " " + m.group(1) : "";
        String message = "the Delta storage at " + url.getHost() + " refused the " + what + " (HTTP " + status + code + ")";
        return status >= 500 || status == 429 ? new EcsUnavailableException(message) : new EcsException(message);
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT)
                            .followRedirects(HttpClient.Redirect.NEVER);
                    if (devMode) b.sslContext(DevModeTls.trustingAnyCertificate());
                    client = b.build();
                }
                c = client;
            }
        }
        return c;
    }

    /**
     * Stops this entry's transfer client at application stop without waiting: a transfer still running then (a signal
     * during an upload) is aborted, not awaited for up to {@link #TRANSFER}.
     */
    @Override
    public void close() {
        HttpClient c = client;
        if (c != null) c.shutdownNow();
    }
}
