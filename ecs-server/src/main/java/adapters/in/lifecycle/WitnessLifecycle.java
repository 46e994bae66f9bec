package adapters.in.lifecycle;

import adapters.config.EcsConfig;
import application.failure.EcsFailure;
import application.port.in.DetectRestoredDatabase;
import application.port.in.FlushWitness;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Before the server accepts requests (StartupEvent precedes the HTTP listener): fences keys whose witness
 * is ahead of the database. Then flushes changed keys to
 * the witness every {@code ecs.witness.flush-interval}, and once more at graceful shutdown, after in-flight
 * requests finished.
 */
@Singleton
public class WitnessLifecycle {
    private static final Logger LOG = Logger.getLogger(WitnessLifecycle.class);
    private final EcsConfig config;
    private final DetectRestoredDatabase detect;
    private final FlushWitness flush;
    private final AtomicBoolean checked = new AtomicBoolean();
    private ScheduledExecutorService timer;

    /** Wires the use cases. */
    public WitnessLifecycle(EcsConfig config, DetectRestoredDatabase detect, FlushWitness flush) {
        this.config = config;
        this.detect = detect;
        this.flush = flush;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!config.serve()) return;
        Instant deadline = Instant.now().plus(config.witness().startupTimeout());
        while (true) {
            try {
                Set<UUID> fenced = detect.check();
                for (UUID k : fenced) {
                    LOG.warnf("event=key_fenced key_uuid=%s reason=witness_ahead_of_database action=\"bin/ecs-server fence --key-uuid %s\"", k, k);
                }
                LOG.infof("event=witness_checked fenced_keys=%d", fenced.size());
                break;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the witness in the internal storage could not be read within "
                            + config.witness().startupTimeout() + "; the server does not start without it", e);
                }
                LOG.warnf("event=witness_check_retry reason=%s", e instanceof EcsFailure ? e.getMessage() : e.getClass().getSimpleName());
                sleep(Duration.ofSeconds(1));
            }
        }
        checked.set(true);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "witness-flush");
            t.setDaemon(true);
            return t;
        });
        long ms = config.witness().flushInterval().toMillis();
        timer.scheduleWithFixedDelay(this::flushQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer == null) return;
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushQuietly();
        LOG.info("event=witness_flushed_at_shutdown");
    }

    /** True once the start-up check passed (readiness). */
    public boolean checked() { return checked.get(); }

    /** Flushes now (also what the timer runs); failures leave keys pending and are logged. */
    public int flushQuietly() {
        try {
            return flush.flush();
        } catch (RuntimeException e) {
            LOG.warnf("event=witness_flush_failed reason=\"%s\"", e instanceof EcsFailure ? e.getMessage() : e.getClass().getSimpleName());
            return 0;
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
