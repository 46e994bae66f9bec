package adapters.out.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.SecretStore;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every keyring adapter must do; one subclass per adapter. */
abstract class SecretStoreContract {
    /** A fresh store (entries of other tests may exist: each test uses its own service label). */
    protected abstract SecretStore store();

    private final String service = "omegasafe-test-" + UUID.randomUUID();

    @Test
    void writesReadsOverwritesAndDeletes() {
        SecretStore s = store();
        assertEquals(Optional.empty(), s.read(service, "OMEGASAFE_CONFIG_PASSWORD"));
        s.write(service, "OMEGASAFE_CONFIG_PASSWORD", "first-secret-1");
        assertEquals(Optional.of("first-secret-1"), s.read(service, "OMEGASAFE_CONFIG_PASSWORD"));
        s.write(service, "OMEGASAFE_CONFIG_PASSWORD", "second-secret-2");
        assertEquals(Optional.of("second-secret-2"), s.read(service, "OMEGASAFE_CONFIG_PASSWORD"));
        assertEquals(Optional.empty(), s.read(service, "OTHER"));
        assertTrue(s.delete(service, "OMEGASAFE_CONFIG_PASSWORD"));
        assertFalse(s.delete(service, "OMEGASAFE_CONFIG_PASSWORD"));
        assertEquals(Optional.empty(), s.read(service, "OMEGASAFE_CONFIG_PASSWORD"));
    }

    @Test
    void keepsUnicodeAndLongSecretsExactly() {
        SecretStore s = store();
        String secret = "pässwörd-🔑-" + "x".repeat(4000);
        s.write(service, "acct", secret);
        assertEquals(Optional.of(secret), s.read(service, "acct"));
        s.delete(service, "acct");
    }
}
