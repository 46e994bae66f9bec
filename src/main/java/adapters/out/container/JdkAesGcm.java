package adapters.out.container;

import java.io.IOException;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** {@link ChunkCipher} with the JDK's {@code AES/GCM/NoPadding}. */
final class JdkAesGcm implements ChunkCipher {
    private final Cipher cipher = Sfc.aesGcm();
    private final SecretKeySpec key;

    JdkAesGcm(byte[] payloadKey) {
        this.key = new SecretKeySpec(payloadKey, "AES");
    }

    @Override
    public int seal(byte[] nonce, byte[] aad, byte[] in, int len, byte[] out) throws IOException {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(Sfc.TAG_SIZE * 8, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(in, 0, len, out, 0);
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM encryption failed", e);
        }
    }

    @Override
    public int open(byte[] nonce, byte[] aad, byte[] in, int len, byte[] out) throws IOException, AEADBadTagException {
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(Sfc.TAG_SIZE * 8, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(in, 0, len, out, 0);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM decryption failed", e);
        }
    }
}
