package adapters.out.export;

import adapters.out.container.KdfParams;
import adapters.out.container.SfcEntry;
import adapters.out.container.SfcFormatException;
import adapters.out.container.SfcKey;
import adapters.out.container.SfcPasswordException;
import adapters.out.container.SfcRandom;
import adapters.out.container.SfcReader;
import adapters.out.container.SfcWriter;
import adapters.out.fs.AtomicFiles;
import application.port.out.NotAnEncryptedFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A sensitive payload exported to a file for an out-of-band transfer (an Alpha, an ECS connection): a Secure File
 * Container with one entry, in plain mode, in secure mode under a passphrase (Argon2id 64 MiB, 3 passes), or
 * encrypted to a recipient's X25519 key ({@code OSX25519}, version, ephemeral and recipient public keys, then a
 * secure container under HKDF-SHA256 of the shared secret; docs/FORMAT.md). Files are created 0600 and never
 * replace an existing file.
 */
public final class ProtectedExport {
    /** Recipient-encrypted exports start with this signature, then version, ephemeral and recipient keys. */
    static final byte[] X25519_MAGIC = "OSX25519".getBytes(StandardCharsets.US_ASCII);
    /** HKDF info binding the derived key to this use. */
    static final byte[] X25519_INFO = "omegasafe alpha export x25519 v1".getBytes(StandardCharsets.US_ASCII);
    /**
     * The container key is a 256-bit X25519-derived secret, not a human password: the cheapest Argon2id the format
     * accepts is enough.
     */
    static final KdfParams DERIVED_SECRET = new KdfParams(8, 1, 1);

    /** A protected export could not be opened: no passphrase, a wrong one, or made for another recipient key. */
    public static final class PassphraseException extends IOException {
        private final boolean missing;

        public PassphraseException(String message, boolean missing) {
            super(message);
            this.missing = missing;
        }

        /** True when no passphrase was given for a protected export. */
        public boolean missing() { return missing; }
    }

    private final RecipientKeys recipients;

    public ProtectedExport(RecipientKeys recipients) {
        this.recipients = recipients;
    }

    /** Writes {@code payload} as entry {@code entry}, plain or under {@code passphrase}. */
    public void write(Path target, UUID entry, byte[] payload, Optional<String> passphrase) throws IOException {
        SfcRandom random = SfcRandom.system();
        AtomicFiles.createNew(target, out -> {
            SfcWriter w = passphrase.isPresent()
                    ? SfcWriter.secure(out, SfcKey.create(passphrase.get(), KdfParams.PASSPHRASE, random), random)
                    : SfcWriter.plain(out);
            try (OutputStream e = w.entry(entry, payload.length)) {
                e.write(payload);
            }
            w.finish();
        });
    }

    /**
     * Writes {@code payload} encrypted to {@code recipientKey} (an {@code omegasafe-x25519:} text).
     *
     * @throws IllegalArgumentException when it is not a recipient public key
     */
    public void writeForRecipient(Path target, UUID entry, byte[] payload, String recipientKey) throws IOException {
        byte[] recipient = RecipientKeys.parse(recipientKey);
        try {
            byte[][] eph = RecipientKeys.ephemeral();
            String secret = derived(RecipientKeys.agree(eph[0], recipient), eph[1], recipient);
            SfcRandom random = SfcRandom.system();
            SfcKey key = SfcKey.create(secret, DERIVED_SECRET, random);
            AtomicFiles.createNew(target, out -> {
                out.write(X25519_MAGIC);
                out.write(1);
                out.write(eph[1]);
                out.write(recipient);
                SfcWriter w = SfcWriter.secure(out, key, random);
                try (OutputStream e = w.entry(entry, payload.length)) {
                    e.write(payload);
                }
                w.finish();
            });
        } catch (GeneralSecurityException e) {
            throw new IOException("X25519 is not available: " + e.getMessage(), e);
        }
    }

    /**
     * Reads entry {@code entry} of an export; {@code what} names the kind of export in messages.
     *
     * @throws PassphraseException         when a passphrase is needed and missing or wrong, or the export was made
     *                                     for another recipient key
     * @throws NotAnEncryptedFileException when the file is not such an export or is damaged
     */
    public byte[] read(Path source, UUID entry, Optional<String> passphrase, String what) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(source));
        raw.mark(X25519_MAGIC.length);
        byte[] head = raw.readNBytes(X25519_MAGIC.length);
        raw.reset();
        if (!Arrays.equals(head, X25519_MAGIC)) return readContainer(raw, entry, passphrase, what);
        try (raw) {
            raw.skipNBytes(X25519_MAGIC.length);
            if (raw.read() != 1) throw new NotAnEncryptedFileException("unsupported recipient export version");
            byte[] eph = raw.readNBytes(RecipientKeys.KEY_SIZE);
            byte[] recipient = raw.readNBytes(RecipientKeys.KEY_SIZE);
            Optional<byte[]> scalar = recipients.privateScalar(false);
            if (scalar.isEmpty() || !Arrays.equals(RecipientKeys.publicKeyBytes(scalar.get()), recipient)) {
                throw new PassphraseException("the " + what + " was encrypted to another recipient key than this device's", false);
            }
            String secret = derived(RecipientKeys.agree(scalar.get(), eph), eph, recipient);
            return readContainer(raw, entry, Optional.of(secret), what);
        } catch (GeneralSecurityException e) {
            throw new IOException("X25519 is not available: " + e.getMessage(), e);
        }
    }

    private static byte[] readContainer(InputStream input, UUID entry, Optional<String> passphrase, String what) throws IOException {
        try (InputStream in = input;
             SfcReader r = SfcReader.open(in, passphrase.orElse(null))) {
            SfcEntry e = r.next().orElse(null);
            if (e == null || !e.id().equals(entry)) throw new NotAnEncryptedFileException("not an " + what);
            byte[] bytes = e.readAllBytes();
            if (r.next().isPresent()) throw new NotAnEncryptedFileException("not an " + what + " (extra entries)");
            return bytes;
        } catch (SfcPasswordException ex) {
            throw new PassphraseException(ex.missing() ? "the " + what + " is protected by a passphrase"
                    : "wrong passphrase for the " + what, ex.missing());
        } catch (SfcFormatException ex) {
            throw new NotAnEncryptedFileException("not an " + what + ", or a damaged one: " + ex.getMessage());
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
        return Base64.getEncoder().encodeToString(out);
    }
}
