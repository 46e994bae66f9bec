package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logging of the packaged application: DEBUG and NOTSET show OmegaSafe's diagnostics only (no framework records, no
 * {@code Runtime.exit} stack trace on success), and every warning is printed once per command.
 */
class DiagnosticsIT {

    @TempDir
    Path tmp;

    private static void assertNoLinePrintedTwice(String what, Packaged.Run r) throws Exception {
        Set<String> seen = new HashSet<>();
        for (String line : r.stderr().lines().toList()) assertTrue(seen.add(line), what + ": printed twice: " + line + "\n" + r.all());
    }

    @Test
    void debugAndNotsetShowNoFrameworkRecordsAndNoExitTrace() throws Exception {
        Root root = Root.init(tmp, "cfg");
        root.sfcEcs("local", root.dir.resolve("claims.sfc"));
        for (String level : List.of("DEBUG", "NOTSET")) {
            Packaged.Run r = root.ok("list-ecs", "--log-level", level);
            String all = r.stdout() + r.stderr();
            assertFalse(all.contains("Throwable") || all.contains("Runtime.exit"), level + ": " + all);
            assertFalse(all.contains("SRCFG"), level + ": " + all);
            assertEquals("", r.stderr(), level);
        }
    }

    @Test
    void everyWarningIsPrintedOncePerCommand() throws Exception {
        Root root = Root.init(tmp, "cfg");
        root.sfcEcs("local", root.dir.resolve("claims.sfc"));
        String key = root.smallKey("k");
        Path input = Files.writeString(tmp.resolve("in.txt"), "text");
        root.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "in.omegasafe");
        Path back = Files.createDirectory(tmp.resolve("back"));

        root.env.put("OMEGASAFE_OFFLINE_MODE", "maybe");
        root.env.put("OMEGASAFE_CACHE_OFFLINE_KEY_CAPACITY_GB", "lots");
        Packaged.Run listEcs = root.ok("list-ecs");
        assertEquals(1, listEcs.stderr().lines().filter(l -> l.contains("OMEGASAFE_OFFLINE_MODE")).count(), listEcs.all());
        assertEquals(1, listEcs.stderr().lines().filter(l -> l.contains("OMEGASAFE_CACHE_OFFLINE_KEY_CAPACITY_GB")).count(), listEcs.all());

        // the ECS file gone as well: every command that meets it warns, once
        Files.move(root.dir.resolve("claims.sfc"), tmp.resolve("claims.away"));
        List<String[]> commands = List.of(
                new String[] {"list-ecs"},
                new String[] {"list-keys"},
                new String[] {"list-keys", "--json"},
                new String[] {"view-key", "-k", key},
                new String[] {"view-key", "-k", key, "--json"},
                new String[] {"encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "again.omegasafe"},
                new String[] {"decrypt", "-i", tmp.resolve("in.omegasafe").toString(), "-o", back.toString()},
                new String[] {"set-config", "--update-check", "false"});
        for (String[] args : commands) {
            Packaged.Run r = root.run(args);
            assertNoLinePrintedTwice(String.join(" ", args), r);
            if (args[0].endsWith("crypt")) assertTrue(r.stderr().contains("OMEGASAFE_OFFLINE_MODE"), String.join(" ", args) + ": " + r.all());
        }
    }
}
