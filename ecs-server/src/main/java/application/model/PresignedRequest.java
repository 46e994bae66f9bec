package application.model;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * A presigned S3 request: the method, the URL with its signature, the signed headers the client must send
 * besides Host and Content-Length (exact names and values), and when the signature expires.
 */
public record PresignedRequest(String method, URI url, Map<String, String> headers, Instant expiresAt) {
    /** Copies the headers. */
    public PresignedRequest {
        headers = Map.copyOf(headers);
    }
}
