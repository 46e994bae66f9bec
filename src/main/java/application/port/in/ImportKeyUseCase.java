package application.port.in;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * import-key: imports an exported Alpha bound to an ECS where the key is registered, pulls every Delta (D5) and
 * initialises the claim cache with a small synthetic claim (E8).
 */
public interface ImportKeyUseCase {
    record Request(Path input, UUID ecsUuid, Optional<String> passphrase) {
        public Request {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(ecsUuid, "ecsUuid");
            Objects.requireNonNull(passphrase, "passphrase");
        }

        @Override
        public String toString() { return "Request[input=" + input + ", ecsUuid=" + ecsUuid + "]"; }
    }

    record Result(UUID keyUuid, UUID alphaIterationUuid, String keyName, UUID ecsUuid, String ecsName,
                  List<Integer> pulledDeltas, Map<String, Integer> claimsByReason, String fingerprint) { }

    Result importKey(Request request);
}
