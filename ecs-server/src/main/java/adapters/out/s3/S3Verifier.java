package adapters.out.s3;

import application.model.StorageLocation;
import application.port.out.StorageVerifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@link StorageVerifier}: LIST the bucket (under the remote path), PUT a temporary connection-test object,
 * GET it back and compare, then DELETE it (optional: a failure is reported, not fatal).
 */
public final class S3Verifier implements StorageVerifier {
    private final S3Clients clients;

    /** @param clients builds a client for the storage under test */
    public S3Verifier(S3Clients clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public Report verify(StorageLocation.Byos location) {
        S3Clients.Handle h = clients.uncached(location);
        String prefix = location.remotePath().isEmpty() ? "" : location.remotePath() + "/";
        String testKey = prefix + "omegasafe-connection-test-" + UUID.randomUUID();
        byte[] body = ("OmegaSafe connection test " + testKey).getBytes(StandardCharsets.UTF_8);
        try (var client = h.client(); var presigner = h.presigner()) {
            String step = "LIST";
            try {
                h.client().listObjectsV2(b -> b.bucket(h.bucket()).prefix(prefix).maxKeys(1));
                step = "PUT";
                h.client().putObject(b -> b.bucket(h.bucket()).key(testKey), RequestBody.fromBytes(body));
                step = "GET";
                byte[] back = h.client().getObjectAsBytes(b -> b.bucket(h.bucket()).key(testKey)).asByteArray();
                if (!Arrays.equals(body, back)) return new Report(Optional.of("GET"), "the object read back differs", false);
            } catch (RuntimeException e) {
                return new Report(Optional.of(step), S3Failures.reason(e), false);
            }
            try {
                h.client().deleteObject(b -> b.bucket(h.bucket()).key(testKey));
                return new Report(Optional.empty(), "", true);
            } catch (RuntimeException e) {
                return new Report(Optional.empty(), S3Failures.reason(e), false);
            }
        }
    }
}
