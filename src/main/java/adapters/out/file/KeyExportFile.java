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
        adapters.out.container.SfcRandom random = adapters.out.container.SfcRandom.system();
        AtomicFiles.createNew(target, out -> {
            SfcWriter w;
            if (passphrase.isPresent()) {
                w = SfcWriter.secure(out, adapters.out.container.SfcKey.create(passphrase.get(),
                        adapters.out.container.KdfParams.PASSPHRASE, random), random);
            } else {
                w = SfcWriter.plain(out);
            }
            try (OutputStream e = w.entry(ALPHA_EXPORT_UUID, bytes.length)) {
                e.write(bytes);
            }
            w.finish();
        });
    }

    /** Recipient-encrypted exports start with this signature, then version, ephemeral and recipient keys. */
    static final byte[] X25519_MAGIC = "OSX25519".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** HKDF info binding the derived key to this use. */
    static final byte[] X25519_INFO = "omegasafe alpha export x25519 v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /**
     * The container key is a 256-bit X25519-derived secret, not a human password: the cheapest Argon2id
     * the format accepts is enough.
     */
    static final adapters.out.container.KdfParams DERIVED_SECRET = new adapters.out.container.KdfParams(8, 1, 1);

    private final RecipientKeys recipients;

    public KeyExportFile(RecipientKeys recipients) {
        this.recipients = recipients;
    }

    @Override
    public RecipientKey recipientKey() throws IOException {
        try {
            String text = recipients.publicKeyText();
            return new RecipientKey(text, RecipientKeys.fingerprint(RecipientKeys.parse(text)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("X25519 is not available: " + e.getMessage(), e);
        }
    }

    @Override
    public void writeForRecipient(Path target, KeyIteration alpha, String recipientKey) throws IOException {
        byte[] recipient = RecipientKeys.parse(recipientKey);
        byte[] bytes = KeyIterationCodec.encode(alpha);
        try {
            byte[][] eph = RecipientKeys.ephemeral();
            String secret = derived(RecipientKeys.agree(eph[0], recipient), eph[1], recipient);
            adapters.out.container.SfcRandom random = adapters.out.container.SfcRandom.system();
            adapters.out.container.SfcKey key = adapters.out.container.SfcKey.create(secret, DERIVED_SECRET, random);
            AtomicFiles.createNew(target, out -> {
                out.write(X25519_MAGIC);
                out.write(1);
                out.write(eph[1]);
                out.write(recipient);
                SfcWriter w = SfcWriter.secure(out, key, random);
                try (OutputStream e = w.entry(ALPHA_EXPORT_UUID, bytes.length)) {
                    e.write(bytes);
                }
                w.finish();
            });
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("X25519 is not available: " + e.getMessage(), e);
        }
    }

    /** HKDF-SHA256(shared, salt = ephemeral || recipient, info) as base64: the container "password". */
    private static String derived(byte[] shared, byte[] ephemeral, byte[] recipient) {
        org.bouncycastle.crypto.generators.HKDFBytesGenerator g =
                new org.bouncycastle.crypto.generators.HKDFBytesGenerator(new org.bouncycastle.crypto.digests.SHA256Digest());
        byte[] salt = new byte[ephemeral.length + recipient.length];
        System.arraycopy(ephemeral, 0, salt, 0, ephemeral.length);
        System.arraycopy(recipient, 0, salt, ephemeral.length, recipient.length);
        g.init(new org.bouncycastle.crypto.params.HKDFParameters(shared, salt, X25519_INFO));
        byte[] out = new byte[32];
        g.generateBytes(out, 0, out.length);
        return java.util.Base64.getEncoder().encodeToString(out);
    }

    @Override
    public KeyIteration read(Path source, java.util.Optional<String> passphrase) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(source));
        raw.mark(X25519_MAGIC.length);
        byte[] head = raw.readNBytes(X25519_MAGIC.length);
        raw.reset();
        if (java.util.Arrays.equals(head, X25519_MAGIC)) {
            try (raw) {
                raw.skipNBytes(X25519_MAGIC.length);
                if (raw.read() != 1) throw new NotAnEncryptedFileException("unsupported recipient export version");
                byte[] eph = raw.readNBytes(RecipientKeys.KEY_SIZE);
                byte[] recipient = raw.readNBytes(RecipientKeys.KEY_SIZE);
                java.util.Optional<byte[]> scalar = recipients.privateScalar(false);
                if (scalar.isEmpty() || !java.util.Arrays.equals(RecipientKeys.publicKeyBytes(scalar.get()), recipient)) {
                    throw new PassphraseException("the exported key was encrypted to another recipient key than this "
                            + "device's", false);
                }
                String secret = derived(RecipientKeys.agree(scalar.get(), eph), eph, recipient);
                return readContainer(raw, java.util.Optional.of(secret));
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException("X25519 is not available: " + e.getMessage(), e);
            }
        }
        return readContainer(raw, passphrase);
    }

    private KeyIteration readContainer(InputStream input, java.util.Optional<String> passphrase) throws IOException {
        try (InputStream in = input;
             SfcReader r = SfcReader.open(in, passphrase.orElse(null))) {
            adapters.out.container.SfcEntry e = r.next().orElse(null);
            if (e == null || !e.id().equals(ALPHA_EXPORT_UUID)) throw new NotAnEncryptedFileException("not an exported OmegaSafe key");
            byte[] bytes = e.readAllBytes();
            if (r.next().isPresent()) throw new NotAnEncryptedFileException("not an exported OmegaSafe key (extra entries)");
            return KeyIterationCodec.decode(bytes);
        } catch (adapters.out.container.SfcPasswordException ex) {
            throw new PassphraseException(ex.missing() ? "the exported key is protected by a passphrase"
                    : "wrong passphrase for the exported key", ex.missing());
        } catch (SfcFormatException | IllegalArgumentException ex) {
            throw new NotAnEncryptedFileException("not an exported OmegaSafe key, or a damaged one: " + ex.getMessage());
        }
    }
}
