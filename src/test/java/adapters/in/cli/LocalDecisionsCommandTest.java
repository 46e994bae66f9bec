package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions of docs/DECISIONS.md where the first tries of a new user went wrong: capacity the ECS cannot confirm is
 * not shown as full, ECS names differing only in case or blanks are one name, and {@code init} tightens an existing
 * config directory others may read.
 */
@QuarkusMainTest
class LocalDecisionsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void alphaCapacityLeftWithoutTheEcsIsWhatThisDeviceKnowsNeverFull(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        omega.setUpKey();
        JsonNode reachable = Omega.json(omega.ok("list-keys", "--json")).get("keys").get(0).get("alpha_capacity_left");
        assertEquals("50.0", reachable.get("percent_remaining").asText(), "the first Delta took half the Alpha: " + reachable);

        Files.move(omega.root.resolve("claims.sfc"), omega.root.resolve("claims.sfc.away"));
        JsonNode key = Omega.json(omega.ok("list-keys", "--json")).get("keys").get(0);
        assertEquals("unreachable", key.get("external_claims_storage_status").asText());
        assertEquals(reachable, key.get("alpha_capacity_left"), "the Alpha positions this device reserved are known locally");
        assertTrue(key.get("total_key_encryption_capacity_left").isNull() && key.get("latest_delta_capacity_left").isNull(),
                "what only the ECS knows is null: " + key);
    }

    @Test
    void ecsNamesDifferingOnlyInCaseOrSurroundingBlanksAreTheSameName(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        omega.ok("init", "--skip-http-ecs");
        omega.ok("create-sfc-ecs", "--ecs-name", "local", "--sfc-path", tmp.resolve("a.sfc").toString(), "--confirm-sfc-ecs");
        omega.ok("create-sfc-ecs", "--ecs-name", "own", "--sfc-path", tmp.resolve("b.sfc").toString(), "--confirm-sfc-ecs");
        int n = 0;
        for (String same : new String[] {"LOCAL", "Local", " local", "own ", "  OWN  "}) {
            LaunchResult r = omega.run("create-sfc-ecs", "--ecs-name", same, "--sfc-path", tmp.resolve("c" + n++ + ".sfc").toString(),
                    "--confirm-sfc-ecs");
            assertEquals(1, r.exitCode(), "'" + same + "': " + r.getOutput());
            assertTrue(r.getErrorOutput().contains("already exists (names ignore case and surrounding blanks)"), r.getErrorOutput());
        }
        assertEquals(2, Omega.json(omega.ok("list-ecs", "--json")).get("entries").size());
    }

    @Test
    void initTightensAnExistingDirectoryOthersMayRead(QuarkusMainLauncher launcher) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("cfg"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        LaunchResult r = new Omega(launcher, dir).ok("init", "--skip-http-ecs");
        assertTrue(r.getErrorOutput().startsWith("WARNING: ") && r.getErrorOutput().contains("permissions are now rwx------"),
                r.getErrorOutput());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }
}
