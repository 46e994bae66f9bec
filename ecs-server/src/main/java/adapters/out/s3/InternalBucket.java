package adapters.out.s3;

import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The internal bucket: whether it answers (readiness), and its creation for the embedded default and tests. */
public final class InternalBucket {
    private final S3Clients clients;

    /** @param clients the internal bucket's client */
    public InternalBucket(S3Clients clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** True when a HEAD of the bucket succeeds. */
    public boolean answers() {
        S3Clients.Handle h = clients.internal();
        try {
            h.client().headBucket(b -> b.bucket(h.bucket()));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    /** Creates the bucket when it does not exist. @throws SdkException when the storage does not answer */
    public void ensureExists() {
        S3Clients.Handle h = clients.internal();
        try {
            h.client().headBucket(b -> b.bucket(h.bucket()));
        } catch (NoSuchBucketException e) {
            h.client().createBucket(b -> b.bucket(h.bucket()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) throw e;
            h.client().createBucket(b -> b.bucket(h.bucket()));
        }
    }
}
