package adapters.in.lifecycle;

import adapters.config.EcsConfig;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the start-up comparison of the witness with the database has run. */
@Readiness
@Singleton
public class WitnessCheckHealth implements HealthCheck {
    private final WitnessLifecycle lifecycle;
    private final EcsConfig config;

    /** Wires the lifecycle. */
    public WitnessCheckHealth(WitnessLifecycle lifecycle, EcsConfig config) {
        this.lifecycle = lifecycle;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("witness-check").status(!config.serve() || lifecycle.checked()).build();
    }
}
