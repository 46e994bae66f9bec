package testenv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A client of the API under test over HTTPS (trusting the tests' self-signed certificate) and of presigned URLs. */
public final class Api {
    /** Shared JSON mapper. */
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = client();
    private final String base;

    /** @param base e.g. https://127.0.0.1:8443 */
    public Api(String base) {
        this.base = base;
    }

    /** The API of the server under test. */
    public static Api local() {
        return new Api("https://127.0.0.1:" + EcsTestResource.PORT);
    }

    /** An answer: status, headers and body (JSON when it parses). */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        /** The body as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body);
            }
        }

        /** The problem code of an error answer. */
        public String code() { return json().path("code").asText(); }

        /** A header's first value. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().getFirst())
                    .findFirst().orElse(null);
        }

        @Override
        public String toString() { return status + " " + body; }
    }

    /** GET with an API key (null for none). */
    public Answer get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    /** POST of a JSON body (a String or an object to serialise). */
    public Answer post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    /** POST with extra headers. */
    public Answer post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body, headers);
    }

    /** PATCH of a JSON body. */
    public Answer patch(String path, String token, Object body) {
        return send("PATCH", path, token, body, Map.of());
    }

    /** DELETE. */
    public Answer delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /** Any request. */
    public Answer send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) b.header("Content-Type", "application/json");
            if (token != null) b.header("Authorization", "Bearer " + token);
            headers.forEach(b::header);
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().map(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        }
    }

    /** A presigned request: PUT {@code body} or GET, with the given headers. */
    public static HttpResponse<byte[]> presigned(String method, String url, Map<String, String> headers, byte[] body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e, e);
        }
    }

    private static HttpClient client() {
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] c, String a) { }
                public void checkServerTrusted(X509Certificate[] c, String a) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            return HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
