package application.port.in;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Moving keys between devices: export and import of the Alpha, and pulling the Deltas from the ECS. */
public interface KeyTransferUseCase {

    /** {@code fingerprint}: a short digest of the Alpha that both sides compare out of band. */
    record Exported(Path path, UUID keyUuid, UUID alphaIterationUuid, String keyName, String fingerprint, boolean protectedByPassphrase) { }

    /** Writes the key's Alpha to a new file at {@code output}, encrypted when a passphrase is given. */
    Exported export(UUID keyUuid, Path output, java.util.Optional<String> passphrase);

    /** Writes the key's Alpha encrypted to another device's recipient key ({@code omegasafe recipient-key} there). */
    Exported exportForRecipient(UUID keyUuid, Path output, String recipientKey);

    /** This device's recipient public key (created on first use) and its fingerprint. */
    String[] recipientKey();

    record Imported(UUID keyUuid, UUID alphaIterationUuid, String keyName, UUID ecsUuid, String ecsName,
                    List<Integer> pulledDeltas, Map<String, Integer> claimsByReason, String fingerprint) { }

    /**
     * Imports an exported Alpha bound to ECS {@code ecsUuid} (where the key must be registered), pulls every
     * Delta and initialises the claim cache with a small synthetic claim.
     */
    Imported importKey(Path input, UUID ecsUuid, java.util.Optional<String> passphrase);

    record Pulled(UUID keyUuid, List<Integer> imported, int skipped) { }

    /** Pulls every ECS Delta missing locally. */
    Pulled pullMissing(UUID keyUuid);

    record Request(UUID keyUuid) {
        public Request {
            Objects.requireNonNull(keyUuid);
        }
    }
}
