package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --log-level DEBUG} and {@code NOTSET} show OmegaSafe's diagnostics and nothing of the frameworks (no
 * SmallRye Config {@code SRCFG} lines), and a warning is printed once per command however many steps meet it.
 */
@QuarkusMainTest
class DiagnosticsCommandTest {

    @TempDir
    Path tmp;

    /** Lines of OmegaSafe's own log format, or the command's output; never a framework's record. */
    private static void assertOnlyOwnDiagnostics(LaunchResult r) {
        for (String text : List.of(r.getOutput(), r.getErrorOutput())) {
            assertFalse(text.contains("SRCFG"), text);
            assertFalse(text.contains("Runtime.exit"), text);
        }
    }

    private static void assertNoLineTwice(LaunchResult r) {
        Set<String> seen = new HashSet<>();
        for (String line : r.getErrorOutput().lines().toList()) assertTrue(seen.add(line), "printed twice: " + line);
    }

    @Test
    void debugAndNotsetShowOmegaSafesDiagnosticsOnly(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        omega.setUpKey();
        for (String level : List.of("DEBUG", "NOTSET", "10", "0")) {
            LaunchResult r = omega.ok("list-ecs", "--log-level", level);
            assertOnlyOwnDiagnostics(r);
            assertEquals("", r.getErrorOutput(), level);
            assertTrue(r.getOutput().lines().allMatch(l -> l.startsWith("DEBUG: ") || l.startsWith("INFO: ") || l.contains("local")),
                    level + ":\n" + r.getOutput());
        }
        // OmegaSafe's own diagnostics are there at DEBUG: the detail of a failure, with its stack trace
        Omega fresh = new Omega(launcher, Files.createDirectory(tmp.resolve("fresh")));
        LaunchResult failed = fresh.run("list-keys", "--log-level", "DEBUG");
        assertEquals(1, failed.exitCode());
        assertOnlyOwnDiagnostics(failed);
        assertTrue(failed.getOutput().contains("DEBUG: failure detail") && failed.getOutput().contains("\tat "), failed.getOutput());
        LaunchResult quiet = fresh.run("list-keys");
        assertFalse(quiet.getOutput().contains("failure detail") || quiet.getErrorOutput().contains("\tat "), quiet.getOutput());
    }

    @Test
    void viewKeysPartialResultWarningIsPrintedOnce(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        String key = omega.setUpKey();
        Files.move(omega.root.resolve("claims.sfc"), omega.root.resolve("claims.sfc.away"));
        for (String[] args : new String[][] {{"view-key", "-k", key}, {"view-key", "-k", key, "--json"}, {"list-keys"}}) {
            LaunchResult r = omega.ok(args);
            assertEquals(1, r.getErrorOutput().lines().filter(l -> l.contains("result is partial")).count(),
                    String.join(" ", args) + ":\n" + r.getErrorOutput());
            assertNoLineTwice(r);
        }
    }
}
