package application.port.out;

import domain.claim.CacheSizing;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The three settings the claiming system reads, already resolved (environment, then {@code config.ini},
 * then defaults): OFFLINE_MODE, CACHE_PERFORMANCE_KEY_CAPACITY_GB and CACHE_OFFLINE_KEY_CAPACITY_GB.
 *
 * @param performanceGb PERFORMANCE chunk in decimal GB, 0..1000 (0 disables PERFORMANCE)
 * @param offlineGb     OFFLINE target in decimal GB, 0..1000 (0 disables OFFLINE top-ups)
 */
public record ClaimSettings(boolean offlineMode, BigDecimal performanceGb, BigDecimal offlineGb) {
    /** Reference defaults: OFFLINE_MODE false, both cache capacities 10 GB. */
    public static final ClaimSettings DEFAULTS = new ClaimSettings(false, BigDecimal.TEN, BigDecimal.TEN);

    public ClaimSettings {
        CacheSizing.configBytes(Objects.requireNonNull(performanceGb, "performanceGb"));
        CacheSizing.configBytes(Objects.requireNonNull(offlineGb, "offlineGb"));
    }

    /** The claim settings of a config root's effective configuration. */
    public static ClaimSettings from(Settings settings) {
        return new ClaimSettings(settings.offlineMode(), settings.cachePerformanceGb(), settings.cacheOfflineGb());
    }

    /** Effective PERFORMANCE chunk in bytes for an iteration of {@code iterationCapacity} positions. */
    public long performanceChunk(long iterationCapacity) {
        return CacheSizing.effectiveBytes(performanceGb, iterationCapacity);
    }

    /** Effective OFFLINE target in bytes for an iteration of {@code iterationCapacity} positions. */
    public long offlineTarget(long iterationCapacity) {
        return CacheSizing.effectiveBytes(offlineGb, iterationCapacity);
    }
}
