package adapters.out.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.SecretStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract against a real Secret Service, plus interoperability with {@code secret-tool}, which
 * writes items the way the Python {@code keyring} library does. Runs only inside
 * {@code .ci/with-secret-service} (a private D-Bus session with a headless gnome-keyring and a throw-away
 * HOME, which sets {@code OMEGASAFE_SECRET_SERVICE=1}), so it never writes into a developer's own
 * keyring; elsewhere it is skipped, saying why. Inside the script a missing Secret Service fails it.
 */
class LibsecretSecretStoreTest extends SecretStoreContract {

    @BeforeEach
    void requireHeadlessSecretService() {
        Assumptions.assumeTrue("1".equals(System.getenv("OMEGASAFE_SECRET_SERVICE")),
                "skipped: needs the headless Secret Service of .ci/with-secret-service "
                        + "(run: .ci/with-secret-service ./mvnw -B test), so no personal keyring is touched");
    }

    @Override
    protected SecretStore newStore() {
        return new LibsecretSecretStore();
    }

    @Test
    void findsTheConfigPasswordAsPythonKeyringWritesIt() throws Exception {
        storeWithSecretTool("written-by-another-client-7", "x");
        assertEquals(Optional.of("written-by-another-client-7"), store().read(service, ACCOUNT));
    }

    @Test
    void findsAnItemCarryingExtraAttributes() throws Exception {
        storeWithSecretTool("written-by-python-keyring-9", "Password for '" + ACCOUNT + "' on '" + service + "'",
                "application", "Python keyring library");
        assertEquals(Optional.of("written-by-python-keyring-9"), store().read(service, ACCOUNT));
    }

    @Test
    void writesAnItemOtherClientsFind_withThePythonKeyringLabelAndSchema() throws Exception {
        write(service, ACCOUNT, "written-by-omegasafe-8");
        assertEquals("written-by-omegasafe-8", secretTool(null, "lookup", "service", service, "username", ACCOUNT));
        String search = secretTool(null, "search", "--all", "service", service, "username", ACCOUNT);
        assertTrue(search.contains("label = Password for '" + ACCOUNT + "' on '" + service + "'"), search);
        assertTrue(search.contains("schema = " + LibsecretSecretStore.SCHEMA), search);
    }

    @Test
    void overwritingAnotherClientsItem_everyClientSeesTheNewSecret() throws Exception {
        storeWithSecretTool("old-secret-5", "x", "application", "Python keyring library");
        write(service, ACCOUNT, "new-secret-6");
        assertEquals(Optional.of("new-secret-6"), store().read(service, ACCOUNT));
        assertEquals("new-secret-6", secretTool(null, "lookup", "service", service, "username", ACCOUNT));
        String search = secretTool(null, "search", "--all", "service", service, "username", ACCOUNT);
        assertEquals(1, search.lines().filter(l -> l.startsWith("[/")).count(), "one item left: " + search);
    }

    @Test
    void deleteRemovesAnotherClientsItemToo() throws Exception {
        storeWithSecretTool("old-secret-5", "x");
        storeWithSecretTool("old-secret-4", "x", "application", "Python keyring library");
        assertTrue(store().delete(service, ACCOUNT));
        assertEquals(Optional.empty(), store().read(service, ACCOUNT));
    }

    /** {@code secret-tool store} of an item for (service, ACCOUNT) with {@code attributes} before those two. */
    private void storeWithSecretTool(String secret, String label, String... attributes) throws Exception {
        removeAfterTest(service, ACCOUNT);
        List<String> args = new ArrayList<>(List.of("store", "--label=" + label));
        args.addAll(List.of(attributes));
        args.addAll(List.of("service", service, "username", ACCOUNT));
        secretTool(secret, args.toArray(String[]::new));
    }

    /** Runs {@code secret-tool}, feeding {@code stdin}; its stdout, stripped. An exit status 1 with no output is "not found". */
    private static String secretTool(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("secret-tool"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "secret-tool did not finish");
        assertEquals(0, p.exitValue(), "secret-tool " + String.join(" ", args) + ": " + out);
        return out.strip();
    }
}
