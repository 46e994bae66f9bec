package application.service.claim;

import application.port.out.ClaimRegistry;
import application.port.out.Settings;

/** Builds the position source for one ECS under the effective settings (cache sizes, OFFLINE_MODE). */
@FunctionalInterface
public interface PositionSourceFactory {
    PositionSource create(ClaimRegistry registry, Settings settings, ExternalPathGuard guard);

    /** A source without a guard on the external path. */
    default PositionSource create(ClaimRegistry registry, Settings settings) {
        return create(registry, settings, ExternalPathGuard.NONE);
    }
}
