package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two config roots on one SFC ECS file behave like two devices of one user: device B imports A's
 * exported Alpha (which pulls the Delta and initialises claims) and decrypts A's file, and back.
 */
@QuarkusMainTest
class TwoDevicesCommandTest {

    @TempDir
    Path tmp;

    @Test
    void deviceBImportsTheAlphaAndDecryptsDeviceAsFile(QuarkusMainLauncher launcher) throws Exception {
        Omega a = new Omega(launcher, Files.createDirectory(tmp.resolve("a")));
        String key = a.setUpKey();
        Path ecsFile = a.root.resolve("claims.sfc");
        byte[] data = new byte[50_000];
        new Random(9).nextBytes(data);
        Path input = Files.write(tmp.resolve("from-a.bin"), data);
        a.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "a.enc");
        Path export = tmp.resolve("alpha.export");
        a.ok("export-key", "-k", key, "-o", export.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
        assertEquals(1, a.run("export-key", "-k", key, "-o", export.toString()).exitCode(), "never overwrites");

        Omega b = new Omega(launcher, Files.createDirectory(tmp.resolve("b")));
        b.ok("init", "--skip-http-ecs");
        b.ok("create-sfc-ecs", "-n", "shared", "-p", ecsFile.toString(), "-y");
        String ecsUuid = Omega.json(b.ok("list-ecs", "--json")).get("entries").get(0).get("ecs_uuid").asText();
        LaunchResult imported = b.ok("import-key", "-e", ecsUuid, "-i", export.toString());
        assertTrue(imported.getOutput().contains("Deltas pulled:        [1]"), imported.getOutput());
        assertTrue(imported.getOutput().contains("performance=1"), imported.getOutput());
        assertEquals("No missing deltas found for key_uuid=" + key + ".", b.ok("pull-missing-deltas", "-k", key).getOutput().strip());

        Path back = Files.createDirectory(tmp.resolve("back"));
        b.ok("decrypt", "-i", tmp.resolve("a.enc").toString(), "-o", back.toString());
        assertArrayEquals(data, Files.readAllBytes(back.resolve("from-a.bin")));

        // B encrypts with claims from the same SFC ECS; A decrypts
        b.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "b.enc");
        JsonNode view = Omega.json(a.ok("view-key", "-k", key, "--json"));
        assertEquals(1, view.get("deltas").size());
        Path backA = Files.createDirectory(tmp.resolve("back-a"));
        a.ok("decrypt", "-i", tmp.resolve("b.enc").toString(), "-o", backA.toString());
        assertArrayEquals(data, Files.readAllBytes(backA.resolve("from-a.bin")));
    }

    @Test
    void importRefusesAKeyTheEcsDoesNotKnowAndAFileThatIsNotAnExport(QuarkusMainLauncher launcher) throws Exception {
        Omega a = new Omega(launcher, Files.createDirectory(tmp.resolve("a")));
        String key = a.setUpKey();
        Path export = tmp.resolve("alpha.export");
        a.ok("export-key", "-k", key, "-o", export.toString());
        Omega b = new Omega(launcher, Files.createDirectory(tmp.resolve("b")));
        b.ok("init", "--skip-http-ecs");
        b.ok("create-sfc-ecs", "-n", "own", "-p", b.root.resolve("own.sfc").toString(), "-y");
        String ecsUuid = Omega.json(b.ok("list-ecs", "--json")).get("entries").get(0).get("ecs_uuid").asText();
        LaunchResult r = b.run("import-key", "-e", ecsUuid, "-i", export.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.getErrorOutput().contains("is not registered in ECS 'own'"), r.getErrorOutput());
        Path junk = Files.writeString(tmp.resolve("junk"), "not a key");
        LaunchResult j = b.run("import-key", "-e", ecsUuid, "-i", junk.toString());
        assertEquals(1, j.exitCode());
        assertTrue(j.getErrorOutput().contains("not an exported OmegaSafe key"), j.getErrorOutput());
        assertEquals(0, Omega.json(b.ok("list-keys", "--json")).get("keys").size());
    }
}
