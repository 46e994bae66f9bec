package adapters.out.s3;

import application.model.ObjectFacts;
import application.model.StorageLocation;
import application.port.out.DeltaObjectStore;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@link DeltaObjectStore} with HeadObject and DeleteObject on the location's bucket. */
public final class S3DeltaObjects implements DeltaObjectStore {
    private final S3Clients clients;

    /** @param clients the clients per storage */
    public S3DeltaObjects(S3Clients clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public Optional<ObjectFacts> head(StorageLocation location, String objectKey) {
        S3Clients.Handle h = clients.of(location);
        try {
            HeadObjectResponse r = h.client().headObject(b -> b.bucket(h.bucket()).key(objectKey));
            Map<String, String> metadata = new HashMap<>();
            r.metadata().forEach((k, v) -> metadata.put(k.toLowerCase(Locale.ROOT), v));
            String etag = r.eTag() == null ? "" : r.eTag().replace("\"", "");
            return Optional.of(new ObjectFacts(r.contentLength(), etag, metadata));
        } catch (S3Exception e) {
            if (S3Failures.notFound(e)) return Optional.empty();
            throw S3Failures.unavailable(name(location), e);
        } catch (SdkException e) {
            throw S3Failures.unavailable(name(location), e);
        }
    }

    @Override
    public boolean delete(StorageLocation location, String objectKey) {
        S3Clients.Handle h = clients.of(location);
        try {
            h.client().deleteObject(b -> b.bucket(h.bucket()).key(objectKey));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    static String name(StorageLocation location) {
        return location instanceof StorageLocation.Internal ? "internal" : "BYOS";
    }
}
