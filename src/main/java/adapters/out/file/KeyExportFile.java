package adapters.out.file;

import adapters.out.export.ProtectedExport;
import adapters.out.export.RecipientKeys;
import application.port.out.KeyExportFormat;
import application.port.out.NotAnEncryptedFileException;
import domain.key.KeyIteration;
import domain.key.KeyIterationCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

/**
 * An exported Alpha: a {@link ProtectedExport} with one entry {@link #ALPHA_EXPORT_UUID} holding the key iteration
 * layout (docs/FORMAT.md, "Exported Alpha keys"). The file is as sensitive as the key itself: it is created with
 * mode 0600 and never replaces an existing file.
 */
public final class KeyExportFile implements KeyExportFormat {
    /** Entry UUID of an exported Alpha. */
    public static final UUID ALPHA_EXPORT_UUID = UUID.fromString("3c1d5e7a-9b2f-4d60-8e4a-6f1b2c3d4e5f");
    private static final String WHAT = "exported OmegaSafe key";

    private final RecipientKeys recipients;
    private final ProtectedExport export;

    public KeyExportFile(RecipientKeys recipients) {
        this.recipients = recipients;
        this.export = new ProtectedExport(recipients);
    }

    @Override
    public void write(Path target, KeyIteration alpha, Optional<String> passphrase) throws IOException {
        export.write(target, ALPHA_EXPORT_UUID, KeyIterationCodec.encode(alpha), passphrase);
    }

    @Override
    public void writeForRecipient(Path target, KeyIteration alpha, String recipientKey) throws IOException {
        export.writeForRecipient(target, ALPHA_EXPORT_UUID, KeyIterationCodec.encode(alpha), recipientKey);
    }

    @Override
    public RecipientKey recipientKey() throws IOException {
        try {
            String text = recipients.publicKeyText();
            return new RecipientKey(text, RecipientKeys.fingerprint(RecipientKeys.parse(text)));
        } catch (GeneralSecurityException e) {
            throw new IOException("X25519 is not available: " + e.getMessage(), e);
        }
    }

    @Override
    public KeyIteration read(Path source, Optional<String> passphrase) throws IOException {
        byte[] bytes;
        try {
            bytes = export.read(source, ALPHA_EXPORT_UUID, passphrase, WHAT);
        } catch (ProtectedExport.PassphraseException e) {
            throw new PassphraseException(e.getMessage(), e.missing());
        }
        try {
            return KeyIterationCodec.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new NotAnEncryptedFileException("not an " + WHAT + ", or a damaged one: " + e.getMessage());
        }
    }
}
