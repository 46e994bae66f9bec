package application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * API key tokens: {@code osk_} + Base64url (no padding) of 32 random bytes (256 bits). The prefix lets
 * secret scanners recognise a leaked key. Stored only as the SHA-256 of the token's UTF-8 text: a 256-bit
 * random token needs no slow hash.
 */
final class Tokens {
    /** Bytes of randomness in a token (256 bits, SPEC §7). */
    static final int TOKEN_BYTES = 32;
    private static final String PREFIX = "osk_";

    private Tokens() { }

    /** The token text of {@code random} ({@link #TOKEN_BYTES} bytes). */
    static String format(byte[] random) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** SHA-256 of the token's UTF-8 text. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
