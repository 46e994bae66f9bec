package adapters.out.s3;

import application.model.PresignedRequest;
import application.model.StorageLocation;
import application.port.out.Presigner;
import application.service.ConfirmUploadService;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * {@link Presigner} with the AWS SDK v2 {@code S3Presigner}: the PUT signs Content-Length, Content-MD5,
 * {@code If-None-Match: *} and {@code x-amz-meta-upload-attempt}; the answer lists the signed headers the
 * client must send besides Host and Content-Length (which HTTP clients set themselves).
 */
public final class S3Presigning implements Presigner {
    /** Canonical spellings of the signed headers the client sends. */
    private static final Map<String, String> CANONICAL = Map.of("content-md5", "Content-MD5", "if-none-match", "If-None-Match");
    private final S3Clients clients;

    /** @param clients the clients per storage */
    public S3Presigning(S3Clients clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public PresignedRequest put(StorageLocation location, String objectKey, long size, String contentMd5, UUID attemptUuid,
                                Duration validity) {
        S3Clients.Handle h = clients.of(location);
        PresignedPutObjectRequest p = h.presigner().presignPutObject(b -> b.signatureDuration(validity)
                .putObjectRequest(o -> o.bucket(h.bucket()).key(objectKey).contentLength(size).contentMD5(contentMd5)
                        .ifNoneMatch("*").metadata(Map.of(ConfirmUploadService.ATTEMPT_METADATA, attemptUuid.toString()))));
        return new PresignedRequest("PUT", toUri(p.url()), clientHeaders(p.signedHeaders()), p.expiration());
    }

    @Override
    public PresignedRequest get(StorageLocation location, String objectKey, Duration validity) {
        S3Clients.Handle h = clients.of(location);
        PresignedGetObjectRequest p = h.presigner().presignGetObject(b -> b.signatureDuration(validity)
                .getObjectRequest(o -> o.bucket(h.bucket()).key(objectKey)));
        return new PresignedRequest("GET", toUri(p.url()), clientHeaders(p.signedHeaders()), p.expiration());
    }

    /** The signed headers without Host and Content-Length, in canonical spelling. */
    static Map<String, String> clientHeaders(Map<String, List<String>> signed) {
        Map<String, String> out = new LinkedHashMap<>();
        signed.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host") || lower.equals("content-length")) return;
            out.put(CANONICAL.getOrDefault(lower, lower), String.join(",", values));
        });
        return out;
    }

    private static URI toUri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the presigner produced an invalid URL", e);
        }
    }
}
