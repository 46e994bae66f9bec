package adapters.out.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract against the real Secret Service. Runs under {@code .ci/with-secret-service} (which starts
 * a headless gnome-keyring and sets OMEGASAFE_SECRET_SERVICE=1; {@code bin/test} uses it); elsewhere it is
 * skipped, saying why.
 */
class LibsecretSecretStoreTest extends SecretStoreContract {

    @BeforeEach
    void requireSecretService() {
        Assumptions.assumeTrue("1".equals(System.getenv("OMEGASAFE_SECRET_SERVICE")),
                "no headless Secret Service: run the tests through bin/test (.ci/with-secret-service)");
    }

    @Override
    protected SecretStore store() {
        return new LibsecretSecretStore();
    }

    private static String run(List<String> cmd, String stdin) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (stdin != null) p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void findsAnEntryWrittenTheWayPythonKeyringWritesIt() throws Exception {
        String service = "omegasafe-interop-" + UUID.randomUUID();
        run(List.of("secret-tool", "store", "--label=Password for 'OMEGASAFE_CONFIG_PASSWORD' on '" + service + "'",
                "application", "Python keyring library", "service", service, "username", "OMEGASAFE_CONFIG_PASSWORD"),
                "written-by-another-client-7");
        assertEquals(Optional.of("written-by-another-client-7"),
                new LibsecretSecretStore().read(service, "OMEGASAFE_CONFIG_PASSWORD"));
    }

    @Test
    void writesAnEntryOtherClientsFind() throws Exception {
        String service = "omegasafe-interop-" + UUID.randomUUID();
        new LibsecretSecretStore().write(service, "OMEGASAFE_CONFIG_PASSWORD", "written-by-omegasafe-8");
        assertEquals("written-by-omegasafe-8",
                run(List.of("secret-tool", "lookup", "service", service, "username", "OMEGASAFE_CONFIG_PASSWORD"), null).strip());
    }
}
