package adapters.out.s3;

import application.model.StorageLocation;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 client and presigner of each storage: the internal storage's come from configuration; a BYOS
 * storage's are built in code from its row and cached until the row changes (its cache tag).
 */
public final class S3Clients implements AutoCloseable {
    /** A storage's client, presigner and bucket. */
    public record Handle(S3Client client, S3Presigner presigner, String bucket) { }

    private final Handle internal;
    private final Duration connectTimeout;
    private final Duration socketTimeout;
    private final Map<String, Handle> byos = new ConcurrentHashMap<>();

    /**
     * @param internalClient    the configured client of the internal bucket
     * @param internalPresigner the configured presigner of the internal bucket
     * @param internalBucket    the internal bucket's name
     * @param connectTimeout    connect timeout of BYOS clients
     * @param socketTimeout     read timeout of BYOS clients
     */
    public S3Clients(S3Client internalClient, S3Presigner internalPresigner, String internalBucket, Duration connectTimeout,
                     Duration socketTimeout) {
        this.internal = new Handle(Objects.requireNonNull(internalClient), Objects.requireNonNull(internalPresigner),
                Objects.requireNonNull(internalBucket));
        this.connectTimeout = connectTimeout;
        this.socketTimeout = socketTimeout;
    }

    /** The internal storage's handle. */
    public Handle internal() { return internal; }

    /** The handle of a location. */
    public Handle of(StorageLocation location) {
        return switch (location) {
            case StorageLocation.Internal i -> internal;
            case StorageLocation.Byos b -> byos.computeIfAbsent(b.storageUuid() + "/" + b.cacheTag(), k -> {
                byos.keySet().removeIf(old -> old.startsWith(b.storageUuid() + "/"));
                return build(b);
            });
        };
    }

    /** A handle for a location that is being verified (not cached); close its client after use. */
    Handle uncached(StorageLocation.Byos location) {
        return build(location);
    }

    private Handle build(StorageLocation.Byos b) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(b.accessKeyId(), b.secretAccessKey()));
        Region region = Region.of(b.region());
        // Path-style addressing for endpoint URLs (R2, S3-compatible services); virtual hosts for AWS.
        S3Configuration s3 = S3Configuration.builder().pathStyleAccessEnabled(b.endpointUrl() != null).build();
        var client = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(connectTimeout).socketTimeout(socketTimeout).build())
                .credentialsProvider(credentials).region(region).serviceConfiguration(s3)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presigner = S3Presigner.builder().credentialsProvider(credentials).region(region).serviceConfiguration(s3);
        if (b.endpointUrl() != null) {
            client.endpointOverride(URI.create(b.endpointUrl()));
            presigner.endpointOverride(URI.create(b.endpointUrl()));
        }
        return new Handle(client.build(), presigner.build(), b.bucketName());
    }

    @Override
    public void close() {
        for (Handle h : byos.values()) {
            h.client().close();
            h.presigner().close();
        }
        byos.clear();
    }
}
