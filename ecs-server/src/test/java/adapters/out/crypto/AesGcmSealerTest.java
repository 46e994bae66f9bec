package adapters.out.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** BYOS credentials sealed with AES-256-GCM: they open only with the same master key and context, untampered. */
class AesGcmSealerTest {
    private final AesGcmSealer sealer = new AesGcmSealer(new byte[32]);

    @Test
    void aSealedSecretOpensWithItsContext() {
        byte[] sealed = sealer.seal("secret-access-key", "storage:1:secret_access_key");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("secret-access-key"));
        assertEquals("secret-access-key", sealer.open(sealed, "storage:1:secret_access_key"));
    }

    @Test
    void anotherContextMasterKeyOrATamperedByteDoesNotOpen() {
        byte[] sealed = sealer.seal("s", "storage:1:secret_access_key");
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, "storage:2:secret_access_key"));
        byte[] other = new byte[32];
        other[0] = 1;
        assertThrows(IllegalStateException.class, () -> new AesGcmSealer(other).open(sealed, "storage:1:secret_access_key"));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, "storage:1:secret_access_key"));
    }

    @Test
    void sealingTwiceGivesDifferentBytes() {
        assertFalse(java.util.Arrays.equals(sealer.seal("s", "c"), sealer.seal("s", "c")), "a fresh nonce each time");
        assertThrows(IllegalArgumentException.class, () -> new AesGcmSealer(new byte[16]));
    }
}
