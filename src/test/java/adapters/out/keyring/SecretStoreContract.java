package adapters.out.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.SecretStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SecretStore} must do; one subclass per adapter. Each test uses its own service label,
 * so entries of other tests (or other clients) in the same keyring do not interfere.
 */
abstract class SecretStoreContract {
    static final String ACCOUNT = "OMEGASAFE_CONFIG_PASSWORD";

    /** A store under test (called once per test). */
    protected abstract SecretStore newStore();

    protected final String service = "omegasafe-test-" + UUID.randomUUID();
    private final List<String[]> written = new ArrayList<>();
    private SecretStore store;

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        for (String[] item : written) store.delete(item[0], item[1]);
    }

    /** The store of this test. */
    protected SecretStore store() {
        return store;
    }

    /** Writes through the store and remembers the item for removal after the test. */
    protected void write(String service, String account, String secret) {
        removeAfterTest(service, account);
        store.write(service, account, secret);
    }

    /** Removes (service, account) after the test, e.g. an item another client wrote. */
    protected void removeAfterTest(String service, String account) {
        written.add(new String[] {service, account});
    }

    @Test
    void missingSecret_readsEmpty_deleteSaysNone() {
        assertEquals(Optional.empty(), store().read(service, ACCOUNT));
        assertFalse(store().delete(service, ACCOUNT));
    }

    @Test
    void writtenSecret_readsBackExactly() {
        write(service, ACCOUNT, "first-secret-1");
        assertEquals(Optional.of("first-secret-1"), store().read(service, ACCOUNT));
    }

    @Test
    void secondWrite_replacesTheFirst() {
        write(service, ACCOUNT, "first-secret-1");
        write(service, ACCOUNT, "second-secret-2");
        assertEquals(Optional.of("second-secret-2"), store().read(service, ACCOUNT));
    }

    @Test
    void delete_removesOnlyThatSecret_andReportsIt() {
        write(service, ACCOUNT, "first-secret-1");
        write(service, "other-account", "other-secret-3");
        assertTrue(store().delete(service, ACCOUNT));
        assertEquals(Optional.empty(), store().read(service, ACCOUNT));
        assertFalse(store().delete(service, ACCOUNT));
        assertEquals(Optional.of("other-secret-3"), store().read(service, "other-account"));
    }

    @Test
    void serviceAndAccount_bothAddressTheSecret() {
        String otherService = service + "-other";
        write(service, ACCOUNT, "secret-a");
        assertEquals(Optional.empty(), store().read(service, "other-account"));
        assertEquals(Optional.empty(), store().read(otherService, ACCOUNT));
    }

    @Test
    void unicodeSecret_andLabels_keptExactly() {
        String secret = "pässwörd ✓ 秘密 🔑 \"quoted\" \\back'slash";
        write(service, "kontö-ü", secret);
        assertEquals(Optional.of(secret), store().read(service, "kontö-ü"));
    }

    /** 1200 UTF-16 code units, unicode included: within every backend's limit (Windows allows 1280). */
    @Test
    void longSecret_keptExactly() {
        String secret = "ä🔑".repeat(200) + "x".repeat(600);
        write(service, ACCOUNT, secret);
        assertEquals(Optional.of(secret), store().read(service, ACCOUNT));
    }

    @Test
    void emptySecret_isASecret() {
        write(service, ACCOUNT, "");
        assertEquals(Optional.of(""), store().read(service, ACCOUNT));
    }
}
