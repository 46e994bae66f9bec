package adapters.out.crypto;

import application.port.out.SecretSealer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link SecretSealer} with AES-256-GCM under the server master key. Sealed layout: version byte 1, a random
 * 12-byte nonce, then the ciphertext with its 16-byte tag; the context (storage and field) is the
 * additional authenticated data, so a value moved to another row or field does not open.
 */
public final class AesGcmSealer implements SecretSealer {
    private static final byte VERSION = 1;
    /** GCM's standard nonce size in bytes (NIST SP 800-38D). */
    private static final int NONCE_BYTES = 12;
    /** Full-length GCM tag in bits. */
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param masterKey 32 bytes (AES-256) */
    public AesGcmSealer(byte[] masterKey) {
        if (masterKey == null || masterKey.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes (AES-256), Base64 in configuration");
        }
        this.key = new SecretKeySpec(masterKey.clone(), "AES");
    }

    @Override
    public byte[] seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + ct.length).put(VERSION).put(nonce).put(ct).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String open(byte[] sealed, String context) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalStateException("a sealed credential has an unknown layout");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = c.doFinal(Arrays.copyOfRange(sealed, 1 + NONCE_BYTES, sealed.length));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed credential does not open with this server's master key", e);
        }
    }
}
