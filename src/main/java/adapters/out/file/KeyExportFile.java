package adapters.out.file;

import adapters.out.container.SfcFormatException;
import adapters.out.container.SfcReader;
import adapters.out.container.SfcWriter;
import adapters.out.fs.AtomicFiles;
import application.port.out.KeyExportFormat;
import application.port.out.NotAnEncryptedFileException;
import domain.key.KeyIteration;
import domain.key.KeyIterationCodec;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * An exported Alpha: a Secure File Container (plain mode, or secure mode under a passphrase) with one
 * entry {@link #ALPHA_EXPORT_UUID} holding the key iteration layout (docs/FORMAT.md, section 4). The file is as sensitive as the key itself: it is
 * created with mode 0600 and never replaces an existing file.
 */
public final class KeyExportFile implements KeyExportFormat {
    /** Entry UUID of an exported Alpha. */
    public static final UUID ALPHA_EXPORT_UUID = UUID.fromString("3c1d5e7a-9b2f-4d60-8e4a-6f1b2c3d4e5f");

    @Override
    public void write(Path target, KeyIteration alpha, java.util.Optional<String> passphrase) throws IOException {
        byte[] bytes = KeyIterationCodec.encode(alpha);
        java.security.SecureRandom random = new java.security.SecureRandom();
        AtomicFiles.createNew(target, out -> {
            SfcWriter w;
            if (passphrase.isPresent()) {
                byte[] salt = new byte[adapters.out.container.SfcKey.SALT_SIZE];
                byte[] nonce = new byte[16];
                random.nextBytes(salt);
                random.nextBytes(nonce);
                w = SfcWriter.secure(out, adapters.out.container.SfcKey.derive(passphrase.get(),
                        adapters.out.container.KdfParams.PASSPHRASE, salt), nonce);
            } else {
                w = SfcWriter.plain(out);
            }
            try (OutputStream e = w.entry(ALPHA_EXPORT_UUID, bytes.length)) {
                e.write(bytes);
            }
            w.finish();
        });
    }

    @Override
    public KeyIteration read(Path source, java.util.Optional<String> passphrase) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source));
             SfcReader r = SfcReader.open(in, passphrase.orElse(null))) {
            SfcReader.Entry e = r.next();
            if (e == null || !e.id().equals(ALPHA_EXPORT_UUID)) throw new NotAnEncryptedFileException("not an exported OmegaSafe key");
            byte[] bytes = e.readAllBytes();
            if (r.next() != null) throw new NotAnEncryptedFileException("not an exported OmegaSafe key (extra entries)");
            return KeyIterationCodec.decode(bytes);
        } catch (adapters.out.container.SfcPasswordException ex) {
            throw new PassphraseException(ex.missing() ? "the exported key is protected by a passphrase"
                    : "wrong passphrase for the exported key", ex.missing());
        } catch (SfcFormatException | IllegalArgumentException ex) {
            throw new NotAnEncryptedFileException("not an exported OmegaSafe key, or a damaged one: " + ex.getMessage());
        }
    }
}
