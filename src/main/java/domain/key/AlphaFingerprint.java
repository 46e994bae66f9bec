package domain.key;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of an Alpha for out-of-band comparison between the exporting and the importing device:
 * the first 8 bytes of the SHA-256 of its binary form ({@link KeyIterationCodec}), as four groups of four
 * hex digits ({@code 1a2b-3c4d-5e6f-7a8b}). It identifies the key material without revealing it.
 */
public final class AlphaFingerprint {
    private AlphaFingerprint() { }

    public static String of(KeyIteration alpha) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(KeyIterationCodec.encode(alpha));
            String hex = HexFormat.of().formatHex(d, 0, 8);
            return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
