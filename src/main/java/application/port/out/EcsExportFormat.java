package application.port.out;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file an ECS connection travels in between devices of one user (export-ecs, import-ecs). It holds live
 * credentials (an HTTP ECS's API key), so it is protected like an exported Alpha unless plain is asked for.
 */
public interface EcsExportFormat {
    /** Writes {@code entry} to a new owner-only file (never replacing one), plain or under {@code passphrase}. */
    void write(Path target, EcsEntry entry, Optional<String> passphrase) throws IOException;

    /**
     * Writes {@code entry} encrypted to another device's recipient key.
     *
     * @throws IllegalArgumentException when {@code recipientKey} is not a recipient public key
     */
    void writeForRecipient(Path target, EcsEntry entry, String recipientKey) throws IOException;

    /**
     * Reads an exported ECS connection.
     *
     * @throws KeyExportFormat.PassphraseException when a passphrase is needed and missing or wrong, or the export
     *                                             was made for another device's recipient key
     * @throws NotAnEncryptedFileException        when the file is not an ECS export or is damaged
     */
    EcsEntry read(Path source, Optional<String> passphrase) throws IOException;
}
