package application.port.out;

import domain.key.KeyIteration;
import java.io.IOException;
import java.nio.file.Path;

/** The file an exported Alpha travels in between devices (out of band; never through an ECS). */
public interface KeyExportFormat {

    /**
     * Writes {@code alpha} to a new file (never replacing one), readable by its owner only; with a
     * passphrase the file is encrypted (AES-256-GCM under an Argon2id key of the passphrase).
     */
    void write(Path target, KeyIteration alpha, java.util.Optional<String> passphrase) throws IOException;

    /**
     * Writes {@code alpha} encrypted to a recipient's public key (X25519 with an ephemeral key); only the
     * config root holding the matching private key can import it.
     *
     * @throws IllegalArgumentException when {@code recipientKey} is not a recipient public key
     */
    void writeForRecipient(Path target, KeyIteration alpha, String recipientKey) throws IOException;

    /** This root's recipient public key (created on first use) and its fingerprint. */
    RecipientKey recipientKey() throws IOException;

    /** A recipient public key as text ({@code omegasafe-x25519:...}) and its fingerprint. */
    record RecipientKey(String publicKey, String fingerprint) { }

    /**
     * Reads an exported Alpha.
     *
     * @throws NotAnEncryptedFileException when the file is not an exported OmegaSafe key or is damaged
     */
    KeyIteration read(Path source, java.util.Optional<String> passphrase) throws IOException;

    /** The export is passphrase-protected and no passphrase (missing) or a wrong one was given. */
    class PassphraseException extends RuntimeException {
        private final boolean missing;

        public PassphraseException(String message, boolean missing) {
            super(message);
            this.missing = missing;
        }

        public boolean missing() { return missing; }
    }
}
