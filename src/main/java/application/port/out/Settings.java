package application.port.out;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The effective configuration of one config root after the resolution order of the reference
 * (environment override, then {@code config.ini}, then defaults).
 *
 * @param traditionalLayerPassword empty when the traditional layer is off (also when explicitly disabled
 *                                 by an empty environment value)
 */
public record Settings(Path configRoot, Path keysContainer, Path cacheContainer, Path ecsContainer,
                       boolean offlineMode, boolean updateCheck, Optional<UUID> ecsUuidDefault,
                       BigDecimal cacheOfflineGb, BigDecimal cachePerformanceGb,
                       Optional<String> traditionalLayerPassword) {
    public Settings {
        Objects.requireNonNull(configRoot, "configRoot");
        Objects.requireNonNull(keysContainer, "keysContainer");
        Objects.requireNonNull(cacheContainer, "cacheContainer");
        Objects.requireNonNull(ecsContainer, "ecsContainer");
        Objects.requireNonNull(ecsUuidDefault, "ecsUuidDefault");
        Objects.requireNonNull(traditionalLayerPassword, "traditionalLayerPassword");
    }

    @Override
    public String toString() {
        return "Settings[configRoot=" + configRoot + ", offlineMode=" + offlineMode + ", traditionalLayer="
                + (traditionalLayerPassword.isPresent() ? "on" : "off") + "]";
    }
}
