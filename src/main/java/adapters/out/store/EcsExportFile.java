package adapters.out.store;

import adapters.out.export.ProtectedExport;
import adapters.out.export.RecipientKeys;
import application.port.out.EcsEntry;
import application.port.out.EcsExportFormat;
import application.port.out.KeyExportFormat;
import application.port.out.NotAnEncryptedFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * An exported ECS connection: a {@link ProtectedExport} with one entry {@link #ECS_EXPORT_UUID} holding the entry's
 * JSON object, the same one the ECS container keeps ({@link SfcEcsDirectory#toJson}).
 */
public final class EcsExportFile implements EcsExportFormat {
    /** Entry UUID of an exported ECS connection. */
    public static final UUID ECS_EXPORT_UUID = UUID.fromString("8e2f4a6c-1d3b-4c5e-9f70-a1b2c3d4e5f6");
    private static final String WHAT = "exported OmegaSafe ECS connection";

    private final ProtectedExport export;

    public EcsExportFile(RecipientKeys recipients) {
        this.export = new ProtectedExport(recipients);
    }

    @Override
    public void write(Path target, EcsEntry entry, Optional<String> passphrase) throws IOException {
        export.write(target, ECS_EXPORT_UUID, SfcEcsDirectory.toJson(entry), passphrase);
    }

    @Override
    public void writeForRecipient(Path target, EcsEntry entry, String recipientKey) throws IOException {
        export.writeForRecipient(target, ECS_EXPORT_UUID, SfcEcsDirectory.toJson(entry), recipientKey);
    }

    @Override
    public EcsEntry read(Path source, Optional<String> passphrase) throws IOException {
        byte[] bytes;
        try {
            bytes = export.read(source, ECS_EXPORT_UUID, passphrase, WHAT);
        } catch (ProtectedExport.PassphraseException e) {
            throw new KeyExportFormat.PassphraseException(e.getMessage(), e.missing());
        }
        try {
            return SfcEcsDirectory.fromJson(bytes);
        } catch (IllegalStateException e) {
            throw new NotAnEncryptedFileException("not an " + WHAT + ", or a damaged one");
        }
    }
}
