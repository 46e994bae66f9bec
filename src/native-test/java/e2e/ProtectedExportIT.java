package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-key with a passphrase, import-key reading it, and the fingerprint both sides show. */
class ProtectedExportIT {
    private static final Pattern FINGERPRINT = Pattern.compile("Alpha fingerprint:\\s+([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})");

    @TempDir
    Path tmp;

    private static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        m.put("OMEGASAFE_CONFIG_PASSWORD", "Export-it-config-pass-1");
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }



    private static String fingerprint(String out) {
        Matcher m = FINGERPRINT.matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }

    @Test
    void aPassphraseProtectedExportImportsOnlyWithThePassphrase() throws Exception {
        Path a = Files.createDirectory(tmp.resolve("a"));
        Path b = Files.createDirectory(tmp.resolve("b"));
        Path ecs = a.resolve("claims.sfc");
        Packaged.ok(tmp, "a-init", env(), "init", "-d", a.toString(), "--skip-http-ecs");
        Packaged.ok(tmp, "a-ecs", env(), "create-sfc-ecs", "-d", a.toString(), "-n", "l", "-p", ecs.toString(), "-y");
        Packaged.ok(tmp, "a-key", env(), "create-key", "-d", a.toString(), "-k", "k", "-n", "0.25", "-r", "0.25", "-c", "2");
        String key = Packaged.ok(tmp, "a-list", env(), "list-keys", "-d", a.toString(), "--json").stdout()
                .replaceAll("(?s).*\"key_uuid\" : \"([^\"]+)\".*", "$1");
        Path export = tmp.resolve("alpha.protected");
        Packaged.Run noPass = Packaged.run(tmp, "no-pass", env(), "export-key", "-d", a.toString(), "-k", key, "-o",
                export.toString(), "-P");
        assertEquals(2, noPass.process().exitValue(), noPass.all());
        assertTrue(noPass.stderr().contains("OMEGASAFE_EXPORT_PASSPHRASE"), noPass.stderr());
        Packaged.Run exported = Packaged.ok(tmp, "export", env("OMEGASAFE_EXPORT_PASSPHRASE", "correct horse battery"), "export-key", "-d",
                a.toString(), "-k", key, "-o", export.toString(), "-P");
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(export), 10);
        assertEquals("OMEGASFC", new String(head, 0, 8, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, head[9], "secure mode");

        Packaged.ok(tmp, "b-init", env(), "init", "-d", b.toString(), "--skip-http-ecs");
        Packaged.ok(tmp, "b-ecs", env(), "create-sfc-ecs", "-d", b.toString(), "-n", "shared", "-p", ecs.toString(), "-y");
        String ecsUuid = Packaged.ok(tmp, "b-list-ecs", env(), "list-ecs", "-d", b.toString(), "--json").stdout()
                .replaceAll("(?s).*\"ecs_uuid\" : \"([^\"]+)\".*", "$1");
        Packaged.Run missing = Packaged.run(tmp, "imp-missing", env(), "import-key", "-d", b.toString(), "-e", ecsUuid, "-i",
                export.toString());
        assertEquals(1, missing.process().exitValue());
        assertTrue(missing.stderr().contains("protected by a passphrase") && missing.stderr().contains("OMEGASAFE_EXPORT_PASSPHRASE"),
                missing.stderr());
        Packaged.Run wrong = Packaged.run(tmp, "imp-wrong", env("OMEGASAFE_EXPORT_PASSPHRASE", "wrong horse battery"),
                "import-key", "-d", b.toString(), "-e", ecsUuid, "-i", export.toString());
        assertEquals(1, wrong.process().exitValue());
        assertTrue(wrong.stderr().contains("wrong passphrase"), wrong.stderr());
        Packaged.Run imported = Packaged.ok(tmp, "imp", env("OMEGASAFE_EXPORT_PASSPHRASE", "correct horse battery"), "import-key", "-d",
                b.toString(), "-e", ecsUuid, "-i", export.toString());
        assertEquals(fingerprint(exported.stdout()), fingerprint(imported.stdout()), "both sides show the same fingerprint");
    }
}
