package application.port.in;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** export-key: writes the key's Alpha to a new file for an out-of-band transfer (never through an ECS). */
public interface ExportKeyUseCase {
    /** How the export is protected. */
    sealed interface Protection {
        /** Not encrypted (reference behaviour; the file is the key itself). */
        record None() implements Protection { }

        /** Encrypted with AES-256-GCM under an Argon2id key of {@code passphrase} (at least 12 characters). */
        record Passphrase(String passphrase) implements Protection {
            public Passphrase {
                InvalidRequestException.require(passphrase != null && passphrase.length() >= 12,
                        "the export passphrase needs at least 12 characters");
            }

            @Override
            public String toString() { return "Passphrase[***]"; }
        }

        /** Encrypted to another device's recipient key ({@code omegasafe recipient-key} there). */
        record Recipient(String recipientKey) implements Protection {
            public Recipient {
                InvalidRequestException.require(recipientKey != null && !recipientKey.isBlank(), "the recipient key is empty");
            }
        }
    }

    record Request(UUID keyUuid, Path output, Protection protection) {
        public Request {
            Objects.requireNonNull(keyUuid, "keyUuid");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(protection, "protection");
        }
    }

    /** {@code fingerprint}: a short digest of the Alpha that both sides compare out of band. */
    record Result(Path path, UUID keyUuid, UUID alphaIterationUuid, String keyName, String fingerprint, Protection protection) { }

    Result export(Request request);
}
