package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-key --recipient: only the device holding the matching X25519 key can import the Alpha. */
@QuarkusMainTest
class RecipientExportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void onlyTheRecipientDeviceImportsTheAlpha(QuarkusMainLauncher l) throws Exception {
        Omega a = new Omega(l, Files.createDirectory(tmp.resolve("a")));
        String key = a.setUpKey();
        Path ecs = a.root.resolve("claims.sfc");
        Omega b = new Omega(l, Files.createDirectory(tmp.resolve("b")));
        b.ok("init", "--skip-http-ecs");
        b.ok("create-sfc-ecs", "-n", "shared", "-p", ecs.toString(), "-y");
        LaunchResult rk = b.ok("recipient-key");
        String recipient = rk.getOutput().lines().findFirst().orElseThrow().strip();
        assertTrue(recipient.startsWith("omegasafe-x25519:"), recipient);
        assertEquals(recipient, b.ok("recipient-key").getOutput().lines().findFirst().orElseThrow().strip(), "stable");

        Path export = tmp.resolve("alpha.for-b");
        LaunchResult exported = a.ok("export-key", "-k", key, "-o", export.toString(), "-R", recipient);
        assertTrue(exported.getOutput().contains("recipient key (X25519"), exported.getOutput());
        assertFalse(new String(Files.readAllBytes(export), java.nio.charset.StandardCharsets.ISO_8859_1).contains("OSKI"),
                "the key material is not readable in the file");
        assertEquals(2, a.run("export-key", "-k", key, "-o", tmp.resolve("x").toString(), "-R", "omegasafe-x25519:bad").exitCode());

        Omega c = new Omega(l, Files.createDirectory(tmp.resolve("c")));
        c.ok("init", "--skip-http-ecs");
        c.ok("create-sfc-ecs", "-n", "shared", "-p", ecs.toString(), "-y");
        c.ok("recipient-key");
        String ecsC = Omega.json(c.ok("list-ecs", "--json")).get("entries").get(0).get("ecs_uuid").asText();
        LaunchResult wrong = c.run("import-key", "-e", ecsC, "-i", export.toString());
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.getErrorOutput().contains("another device's recipient key"), wrong.getErrorOutput());

        String ecsB = Omega.json(b.ok("list-ecs", "--json")).get("entries").get(0).get("ecs_uuid").asText();
        LaunchResult imported = b.ok("import-key", "-e", ecsB, "-i", export.toString());
        assertTrue(imported.getOutput().contains("Key imported"), imported.getOutput());
        String fpA = exported.getOutput().replaceAll("(?s).*Alpha fingerprint:\\s+(\\S+).*", "$1");
        assertTrue(imported.getOutput().contains("Alpha fingerprint:    " + fpA), imported.getOutput());
    }
}
