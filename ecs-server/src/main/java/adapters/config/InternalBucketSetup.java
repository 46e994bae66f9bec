package adapters.config;

import adapters.out.s3.InternalBucket;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Creates the internal bucket at start when {@code ecs.internal-storage.create-bucket} is true (the embedded
 * default and tests), before the witness check reads it; retries while the storage starts up.
 */
@Singleton
public class InternalBucketSetup {
    private static final Logger LOG = Logger.getLogger(InternalBucketSetup.class);

    void onStart(@Observes @Priority(5) StartupEvent event, EcsConfig config, InternalBucket bucket) throws InterruptedException {
        if (!config.serve() || !config.internalStorage().createBucket()) return;
        Instant deadline = Instant.now().plus(config.witness().startupTimeout());
        while (true) {
            try {
                bucket.ensureExists();
                return;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(deadline)) throw new IllegalStateException("the internal bucket cannot be created", e);
                LOG.warnf("event=internal_bucket_retry reason=%s", e.getClass().getSimpleName());
                Thread.sleep(500);
            }
        }
    }
}
