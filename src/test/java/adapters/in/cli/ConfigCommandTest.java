package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** set-config, config.ini value rules, local containers and their permissions, erase-all, log streams. */
@QuarkusMainTest
class ConfigCommandTest {

    @TempDir
    Path tmp;

    private Omega initialised(QuarkusMainLauncher l) throws Exception {
        Omega o = new Omega(l, Files.createDirectory(tmp.resolve("cfg")));
        o.ok("init", "--skip-http-ecs");
        return o;
    }

    private static void assertUsage(LaunchResult r, String contains) {
        assertEquals(2, r.exitCode(), r.getErrorOutput());
        assertTrue(r.getErrorOutput().startsWith("error: ") && r.getErrorOutput().contains(contains), r.getErrorOutput());
    }

    private static void assertFailure(LaunchResult r, String contains, String hint) {
        assertEquals(1, r.exitCode(), r.getOutput() + r.getErrorOutput());
        String[] lines = r.getErrorOutput().strip().split("\n");
        assertTrue(lines[0].startsWith("error: ") && lines[0].contains(contains), r.getErrorOutput());
        assertTrue(lines.length == 2 && lines[1].startsWith("hint: ") && lines[1].contains(hint), r.getErrorOutput());
    }

    @Test
    void initWritesTheFourSectionsAndOwnerOnlyFiles(QuarkusMainLauncher l) throws Exception {
        Omega o = initialised(l);
        String ini = Files.readString(o.root.resolve("config.ini"));
        for (String s : new String[] {"[Global settings - static]", "[Global settings - dynamic]",
                "[OmegaSafe encryption keys]", "[OmegaSafe encrypted files]", "KEYS_CONTAINER_PATH", "OFFLINE_MODE = FALSE",
                "UPDATE_CHECK = TRUE", "CACHE_OFFLINE_KEY_CAPACITY_GB = 10", "TRADITIONAL_ENC_LAYER_PASS ="}) {
            assertTrue(ini.contains(s), s);
        }
        for (String f : new String[] {"config.ini", "omegasafe_keys.sfc", "local_cache.sfc", "ecs_storage.sfc"}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(o.root.resolve(f))), f);
        }
        LaunchResult again = o.run("init", "--no-override");
        assertEquals(1, again.exitCode());
        assertTrue(again.getOutput().contains("Configuration already exists"), again.getOutput());
        o.ok("init", "--override-existing");
    }

    @Test
    void setConfigAppliesOnlyWhatIsGivenAndSaysSoInOneLine(QuarkusMainLauncher l) throws Exception {
        Omega o = initialised(l);
        assertEquals("No configuration changes requested.", o.ok("set-config").getOutput().strip());
        UUID def = UUID.randomUUID();
        LaunchResult r = o.ok("set-config", "-o", "yes", "-u", "off", "-f", "2.5", "-p", "0.5", "-e", def.toString(),
                "-t", "Layer-pass-42");
        String line = r.getOutput().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("Configuration updated: OFFLINE_MODE=TRUE, UPDATE_CHECK=FALSE"), line);
        assertFalse(line.contains("Layer-pass-42"), "the password is never printed");
        String ini = Files.readString(o.root.resolve("config.ini"));
        assertTrue(ini.contains("OFFLINE_MODE = TRUE") && ini.contains("CACHE_OFFLINE_KEY_CAPACITY_GB = 2.5")
                && ini.contains("CACHE_PERFORMANCE_KEY_CAPACITY_GB = 0.5") && ini.contains("ECS_UUID_DEFAULT = " + def)
                && ini.contains("TRADITIONAL_ENC_LAYER_PASS = Layer-pass-42"), ini);
        JsonNode ecs = Omega.json(o.ok("list-ecs", "--json"));
        assertEquals(def.toString(), ecs.get("default_ecs_uuid").asText());
        assertTrue(ecs.get("default_ecs_missing").asBoolean());
        o.ok("set-config", "-c", "-t", "");
        ini = Files.readString(o.root.resolve("config.ini"));
        assertTrue(ini.contains("ECS_UUID_DEFAULT = \n") && ini.contains("TRADITIONAL_ENC_LAYER_PASS = \n"), ini);
    }

    @Test
    void setConfigRejectsBadValuesWithUsageErrors(QuarkusMainLauncher l) throws Exception {
        Omega o = initialised(l);
        assertUsage(o.run("set-config", "-o", "maybe"), "maybe");
        assertUsage(o.run("set-config", "-f", "1000.5"), "1000.5");
        assertUsage(o.run("set-config", "-p", "-1"), "0..1000");
        assertUsage(o.run("set-config", "-e", "not-a-uuid"), "not a UUID");
        assertUsage(o.run("set-config", "-e", UUID.randomUUID().toString(), "-c"), "cannot be set and cleared at once");
        LaunchResult weak = o.run("set-config", "-t", "short1");
        assertUsage(weak, "at least 8 characters");
        assertFalse(weak.getErrorOutput().contains("short1"), "the rejected password is not echoed");
        assertUsage(o.run("set-config", "-t", "no digits here"), "no whitespace");
        assertEquals(0, o.run("set-config", "-f", "1000", "-p", "0").exitCode());
    }

    @Test
    void invalidConfigIniValuesNameTheProperty(QuarkusMainLauncher l) throws Exception {
        Omega o = initialised(l);
        Path ini = o.root.resolve("config.ini");
        String good = Files.readString(ini);
        Files.writeString(ini, good.replace("OFFLINE_MODE = FALSE", "OFFLINE_MODE = maybe"));
        assertFailure(o.run("list-keys"), "OFFLINE_MODE", "set-config");
        Files.writeString(ini, good.replace("CACHE_OFFLINE_KEY_CAPACITY_GB = 10", "CACHE_OFFLINE_KEY_CAPACITY_GB = 1000.5"));
        assertFailure(o.run("list-keys"), "CACHE_OFFLINE_KEY_CAPACITY_GB", "set-config");
        Files.writeString(ini, good.replace("ECS_UUID_DEFAULT = ", "ECS_UUID_DEFAULT = 1234"));
        assertFailure(o.run("list-keys"), "ECS_UUID_DEFAULT", "set-config");
        Files.writeString(ini, good + "this line is not a property\n");
        assertFailure(o.run("list-keys"), "config.ini", "init --override-existing");
    }

    @Test
    void missingDamagedAndExposedContainersAreRefusedWithAHint(QuarkusMainLauncher l) throws Exception {
        Omega o = initialised(l);
        Path keys = o.root.resolve("omegasafe_keys.sfc");
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-r--r--"));
        assertFailure(o.run("list-keys"), "accessible by other users", "chmod 600 " + keys);
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-------"));
        byte[] b = Files.readAllBytes(keys);
        b[b.length - 3] ^= 1;
        Files.write(keys, b);
        assertFailure(o.run("list-keys"), "cannot open omegasafe_keys.sfc", "init --override-existing");
        Files.delete(keys);
        assertFailure(o.run("list-keys"), "does not exist", "omegasafe init");
    }

    @Test
    void eraseAllNeedsForceWithoutATerminalAndRemovesEverything(QuarkusMainLauncher l) throws Exception {
        Omega o = initialised(l);
        Path outside = tmp.resolve("elsewhere");
        Files.createDirectory(outside);
        Files.writeString(o.root.resolve("config.ini"), Files.readString(o.root.resolve("config.ini"))
                .replaceAll("(?m)^LOCAL_CACHE_CONTAINER_PATH = .*$", "LOCAL_CACHE_CONTAINER_PATH = " + outside.resolve("cache.sfc")));
        Files.move(o.root.resolve("local_cache.sfc"), outside.resolve("cache.sfc"));
        o.ok("list-keys");
        assertUsage(o.run("erase-all"), "--force");
        assertTrue(Files.exists(o.root.resolve("config.ini")), "nothing removed without confirmation");
        LaunchResult r = o.ok("erase-all", "--force");
        assertTrue(r.getOutput().contains("Removed: " + o.root), r.getOutput());
        assertTrue(r.getOutput().contains("Keyring password:"), r.getOutput());
        assertFalse(Files.exists(o.root));
        assertFalse(Files.exists(outside.resolve("cache.sfc")), "custom container outside the config dir removed");
    }

    @Test
    void logLevelsSplitStreamsAndNumbersWork(QuarkusMainLauncher l) throws Exception {
        Omega o = new Omega(l, Files.createDirectory(tmp.resolve("cfg")));
        String key = o.setUpKey();
        Files.move(o.root.resolve("claims.sfc"), o.root.resolve("claims.sfc.away"));
        LaunchResult warn = o.ok("view-key", "-k", key, "--json", "--log-level", "WARNING");
        assertTrue(warn.getErrorOutput().contains("WARNING: ExternalClaimsStorage"), warn.getErrorOutput());
        Omega.json(warn);
        LaunchResult quiet = o.ok("view-key", "-k", key, "--json", "--log-level", "100");
        assertEquals("", quiet.getErrorOutput());
        LaunchResult err = o.ok("view-key", "-k", key, "-l", "ERROR");
        assertEquals("", err.getErrorOutput());
        for (String level : new String[] {"DEBUG", "INFO", "CRITICAL", "NOTSET", "10", "0", "50"}) {
            assertEquals(0, o.run("list-ecs", "-l", level).exitCode(), level);
        }
    }
}
