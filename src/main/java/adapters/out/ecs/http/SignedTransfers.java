package adapters.out.ecs.http;

import adapters.out.ecs.http.HttpClients.EcsClient;
import application.port.out.DeltaRegistry;
import application.port.out.EcsException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The checks around presigned transfers: what the server signed must be what was asked (size, MD5, attempt), before a
 * byte is sent; what a download returns must be what the server announced. The MD5 is the storage's integrity check
 * ({@code Content-MD5}, RFC 1864) on an already encrypted and authenticated payload, not a security boundary.
 */
final class SignedTransfers {
    /** Signed upload headers (names as the API sends them; compared ignoring case, as HTTP header names are). */
    static final String CONTENT_MD5 = "Content-MD5";
    static final String IF_NONE_MATCH = "If-None-Match";
    static final String UPLOAD_ATTEMPT = "x-amz-meta-upload-attempt";

    private SignedTransfers() { }

    /** Base64 of the payload's 16-byte MD5, as {@code Content-MD5} carries it. */
    static String md5(byte[] payload) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }

    /**
     * The URL to PUT to, once the answer matches the request: method PUT, the same size and MD5, signed headers that
     * carry that MD5, {@code If-None-Match: *} and the attempt UUID, and a usable URL.
     *
     * @throws EcsException naming every mismatch; nothing was sent
     */
    static URI checkUpload(EcsApi.UploadUrlRequest asked, EcsApi.UploadUrl given, EcsClient client) {
        List<String> wrong = new ArrayList<>();
        Map<String, String> headers = given.headers() == null ? Map.of() : given.headers();
        if (given.uploadAttemptUuid() == null) wrong.add("no upload attempt");
        if (!"PUT".equalsIgnoreCase(given.method())) wrong.add("method " + given.method() + " instead of PUT");
        if (given.size() == null || given.size() != asked.size()) wrong.add("size " + given.size() + " instead of " + asked.size());
        if (!asked.contentMd5().equals(given.contentMd5())) wrong.add("checksum " + given.contentMd5() + " instead of " + asked.contentMd5());
        if (!asked.contentMd5().equals(header(headers, CONTENT_MD5))) wrong.add("signed Content-MD5 " + header(headers, CONTENT_MD5));
        if (!"*".equals(header(headers, IF_NONE_MATCH))) wrong.add("no signed If-None-Match: *");
        String attempt = header(headers, UPLOAD_ATTEMPT);
        if (given.uploadAttemptUuid() == null || !given.uploadAttemptUuid().toString().equals(attempt)) {
            wrong.add("signed upload attempt " + attempt + " instead of " + given.uploadAttemptUuid());
        }
        String length = header(headers, "Content-Length");
        if (length != null && !length.equals(Long.toString(asked.size()))) wrong.add("signed Content-Length " + length);
        URI url = url(given.url(), client, wrong);
        if (!wrong.isEmpty()) {
            throw new EcsException(client.failures().where() + " answered an upload URL that does not match Delta "
                    + asked.deltaUuid() + " (" + String.join(", ", wrong) + "); nothing was sent");
        }
        return url;
    }

    /**
     * The URL to GET, once the answer is usable: method GET, a size of 1..10 MiB and an MD5.
     *
     * @throws EcsException otherwise; nothing was read
     */
    static URI checkDownload(EcsApi.DownloadUrl given, EcsClient client) {
        List<String> wrong = new ArrayList<>();
        if (!"GET".equalsIgnoreCase(given.method())) wrong.add("method " + given.method() + " instead of GET");
        if (given.size() == null || given.size() < 1 || given.size() > DeltaRegistry.MAX_PAYLOAD_BYTES) {
            wrong.add("size " + given.size() + " outside 1.." + DeltaRegistry.MAX_PAYLOAD_BYTES);
        }
        if (given.contentMd5() == null || given.contentMd5().isEmpty()) wrong.add("no checksum");
        URI url = url(given.url(), client, wrong);
        if (!wrong.isEmpty()) {
            throw new EcsException(client.failures().where() + " answered an unusable download URL (" + String.join(", ", wrong) + ")");
        }
        return url;
    }

    /** @throws EcsException when the payload is not what the server announced */
    static void checkDownloaded(UUID deltaUuid, byte[] payload, EcsApi.DownloadUrl announced, EcsClient client) {
        if (payload.length != announced.size()) {
            throw new EcsException("the Delta storage returned " + payload.length + " bytes for Delta " + deltaUuid + ", the "
                    + client.failures().where() + " announced " + announced.size());
        }
        if (!md5(payload).equals(announced.contentMd5())) {
            throw new EcsException("the payload of Delta " + deltaUuid + " does not have the MD5 the " + client.failures().where()
                    + " announced; it was not used");
        }
    }

    /**
     * A presigned URL: {@code https://}, or {@code http://} on a loopback address or for a dev-mode entry (S3Proxy of
     * the embedded default). Problems are added to {@code wrong}, never the URL itself (it carries a signature).
     */
    private static URI url(String text, EcsClient client, List<String> wrong) {
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                wrong.add("a URL that is not http(s)");
            } else if (scheme.equals("http") && !client.transfer().devMode() && !loopback(url.getHost())) {
                wrong.add("a plain-HTTP URL to " + url.getHost() + " (only loopback or dev-mode storages may use http)");
            }
            return url;
        } catch (java.net.URISyntaxException | NullPointerException e) {
            wrong.add("a malformed URL");
            return null;
        }
    }

    private static boolean loopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) return true;
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) return false;   // a name: not resolved here
        try {
            return InetAddress.getByName(h).isLoopbackAddress();   // a literal address: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String header(Map<String, String> headers, String name) {
        for (var e : headers.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        return null;
    }
}
