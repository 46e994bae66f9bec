package adapters.out.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With no D-Bus session reachable, a keyring read fails fast with the unavailable error naming
 * OMEGASAFE_CONFIG_PASSWORD, and the JVM exits normally (no thread keeps it alive). Runs in a child JVM
 * whose environment points D-Bus at a socket that does not exist.
 */
class NoKeyringTest {

    /** Child entry point: one read, print the outcome, return from main. */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        try {
            new LibsecretSecretStore().read("omegasafe", "OMEGASAFE_CONFIG_PASSWORD");
            System.out.println("READ-SUCCEEDED");
        } catch (application.port.out.SecretStoreUnavailableException e) {
            System.out.println("UNAVAILABLE " + (System.nanoTime() - t0) / 1_000_000 + " " + e.getMessage());
        }
    }

    @Test
    void failsFastWithAnActionableMessageAndLeavesNoThreadBehind() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), NoKeyringTest.class.getName()).redirectErrorStream(true);
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/omegasafe-test-bus");
        pb.environment().remove("DISPLAY");
        long t0 = System.nanoTime();
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child JVM did not exit: a thread kept it alive or a call hung");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("UNAVAILABLE"), out);
        assertTrue(out.contains("OMEGASAFE_CONFIG_PASSWORD"), out);
        assertTrue((System.nanoTime() - t0) / 1_000_000_000 < 20, "took too long: " + out);
    }
}
