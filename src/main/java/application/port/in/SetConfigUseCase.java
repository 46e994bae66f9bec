package application.port.in;

import domain.config.ConfigValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Changes dynamic properties of config.ini; only the given ones. */
public interface SetConfigUseCase {

    /**
     * Raw values as given on the command line, validated here. {@code traditionalPass} "" clears it.
     */
    record Request(Optional<String> offlineMode, Optional<String> updateCheck, Optional<String> ecsUuidDefault,
                   boolean clearEcsUuidDefault, Optional<String> cacheOfflineGb, Optional<String> cachePerformanceGb,
                   Optional<String> traditionalPass) {
        public Request {
            Objects.requireNonNull(offlineMode);
            Objects.requireNonNull(updateCheck);
            Objects.requireNonNull(ecsUuidDefault);
            Objects.requireNonNull(cacheOfflineGb);
            Objects.requireNonNull(cachePerformanceGb);
            Objects.requireNonNull(traditionalPass);
            InvalidRequestException.require(!(clearEcsUuidDefault && ecsUuidDefault.isPresent()),
                    "the default ECS cannot be set and cleared at once");
            try {
                offlineMode.ifPresent(ConfigValues::parseBoolean);
                updateCheck.ifPresent(ConfigValues::parseBoolean);
                ecsUuidDefault.ifPresent(v -> {
                    if (ConfigValues.parseOptionalUuid(v).isEmpty()) throw new IllegalArgumentException("'' is not a UUID");
                });
                cacheOfflineGb.ifPresent(ConfigValues::parseGb);
                cachePerformanceGb.ifPresent(ConfigValues::parseGb);
                traditionalPass.filter(p -> !p.isEmpty()).ifPresent(ConfigValues::requireStrongPassword);
            } catch (IllegalArgumentException e) {
                throw e instanceof InvalidRequestException i ? i : new InvalidRequestException(e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "Request[offlineMode=" + offlineMode + ", updateCheck=" + updateCheck + ", ecsUuidDefault=" + ecsUuidDefault
                    + ", clear=" + clearEcsUuidDefault + ", offlineGb=" + cacheOfflineGb + ", performanceGb=" + cachePerformanceGb
                    + ", traditionalPass=" + traditionalPass.map(p -> p.isEmpty() ? "(clear)" : "***").orElse("(unchanged)") + "]";
        }

        public Optional<Boolean> offline() { return offlineMode.map(ConfigValues::parseBoolean); }

        public Optional<Boolean> update() { return updateCheck.map(ConfigValues::parseBoolean); }

        public Optional<UUID> ecsDefault() { return ecsUuidDefault.flatMap(ConfigValues::parseOptionalUuid); }

        public Optional<BigDecimal> offlineGb() { return cacheOfflineGb.map(ConfigValues::parseGb); }

        public Optional<BigDecimal> performanceGb() { return cachePerformanceGb.map(ConfigValues::parseGb); }
    }

    /** One applied change; {@code display} never contains a secret. */
    record Change(String property, String display) { }

    /** Empty when nothing was requested. {@code envOverrides} lists environment variables that still override a change. */
    record Result(List<Change> changes, List<String> envOverrides) { }

    Result set(Request request);
}
