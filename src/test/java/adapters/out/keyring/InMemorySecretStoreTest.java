package adapters.out.keyring;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.fakes.InMemorySecretStore;
import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import org.junit.jupiter.api.Test;

/** The fake used by application tests keeps the same contract as the real adapters. */
class InMemorySecretStoreTest extends SecretStoreContract {
    @Override
    protected SecretStore newStore() {
        return new InMemorySecretStore();
    }

    @Test
    void anUnavailableFakeFailsLikeAMachineWithoutKeyring() {
        SecretStore s = new InMemorySecretStore().unavailable();
        var e = assertThrows(SecretStoreUnavailableException.class, () -> s.read("omegasafe", "OMEGASAFE_CONFIG_PASSWORD"));
        assertTrue(e.getMessage().contains("OMEGASAFE_CONFIG_PASSWORD"), e.getMessage());
    }
}
