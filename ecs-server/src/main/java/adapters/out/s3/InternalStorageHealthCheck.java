package adapters.out.s3;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the internal bucket answers a HEAD (PostgreSQL's check comes with the datasource). */
@Readiness
@Singleton
public class InternalStorageHealthCheck implements HealthCheck {
    private final InternalBucket bucket;

    /** @param bucket the internal bucket */
    public InternalStorageHealthCheck(InternalBucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("internal-storage").status(bucket.answers()).build();
    }
}
