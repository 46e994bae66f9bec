package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration password through the environment and the OS keyring, the environment overrides,
 * and secrets kept out of every output even at DEBUG, against the packaged application.
 */
class ConfigurationPasswordIT {
    private static final String CONFIG_PASSWORD = "It-config-password-5150";
    private static final String LAYER_PASSWORD = "It-layer-password-6160";

    @TempDir
    Path tmp;

    private static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        m.put("OMEGASAFE_CONFIG_PASSWORD", CONFIG_PASSWORD);
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private Packaged.Run run(String name, Map<String, String> env, String... args) throws Exception {
        return Packaged.run(tmp, name, env, args);
    }



    @Test
    void wrongPasswordInvalidOverridesAndSecretsAtDebug() throws Exception {
        Path cfg = Files.createDirectory(tmp.resolve("cfg"));
        String d = cfg.toString();
        Map<String, String> env = env("OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS", LAYER_PASSWORD);
        StringBuilder all = new StringBuilder();
        all.append(Packaged.ok(tmp, "init", env, "init", "-d", d, "--skip-http-ecs", "-l", "DEBUG").all());
        all.append(Packaged.ok(tmp, "ecs", env, "create-sfc-ecs", "-d", d, "-n", "l", "-y", "-l", "DEBUG").all());
        all.append(Packaged.ok(tmp, "key", env, "create-key", "-d", d, "-k", "k", "-n", "0.25", "-r", "0.25", "-c", "2", "-l", "DEBUG").all());
        Packaged.Run list = Packaged.ok(tmp, "list", env, "list-keys", "-d", d, "--json", "-l", "DEBUG");
        all.append(list.all());
        String key = list.stdout().replaceAll("(?s).*\"key_uuid\" : \"([^\"]+)\".*", "$1");
        Path input = Files.writeString(tmp.resolve("p.txt"), "payload");
        all.append(Packaged.ok(tmp, "enc", env, "encrypt", "-d", d, "-i", input.toString(), "-k", key, "-o", tmp.toString(),
                "-f", "p.enc", "-l", "DEBUG").all());
        Files.delete(input);
        all.append(Packaged.ok(tmp, "dec", env, "decrypt", "-d", d, "-i", tmp.resolve("p.enc").toString(), "-o", tmp.toString(),
                "-l", "DEBUG").all());
        all.append(Packaged.ok(tmp, "set", env, "set-config", "-d", d, "-t", "Another-pass-77", "-l", "DEBUG").all());
        Packaged.Run wrongLayer = run("wrong-layer", env("OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS", "Wrong-layer-pass-1"),
                "decrypt", "-d", d, "-i", tmp.resolve("p.enc").toString(), "-o", tmp.toString(), "-f", "x.txt", "-l", "DEBUG");
        assertEquals(1, wrongLayer.process().exitValue());
        all.append(wrongLayer.all());
        String everything = all.toString();
        for (String secret : new String[] {CONFIG_PASSWORD, LAYER_PASSWORD, "Another-pass-77", "Wrong-layer-pass-1"}) {
            assertFalse(everything.contains(secret), "a secret was printed: " + secret);
        }
        assertTrue(everything.contains("DEBUG") || everything.contains("failure detail"), "DEBUG logging was on");
        for (Path f : Files.list(cfg).toList()) {
            if (Files.isRegularFile(f) && f.getFileName().toString().endsWith(".log")) {
                assertFalse(Files.readString(f).contains(CONFIG_PASSWORD));
            }
        }

        Packaged.Run wrong = run("wrong", env("OMEGASAFE_CONFIG_PASSWORD", "not-the-password-1"), "list-keys", "-d", d);
        assertEquals(1, wrong.process().exitValue());
        assertTrue(wrong.stderr().startsWith("error: cannot open omegasafe_keys.sfc: wrong configuration password"), wrong.stderr());
        assertTrue(wrong.stderr().contains("hint: set OMEGASAFE_CONFIG_PASSWORD"), wrong.stderr());

        Packaged.Run badEnv = Packaged.ok(tmp, "bad-env", env("OMEGASAFE_OFFLINE_MODE", "sometimes", "OMEGASAFE_CACHE_OFFLINE_KEY_CAPACITY_GB",
                "1000.5"), "list-keys", "-d", d);
        assertTrue(badEnv.stderr().contains("WARNING: ignoring invalid OMEGASAFE_OFFLINE_MODE"), badEnv.stderr());
        assertTrue(badEnv.stderr().contains("WARNING: ignoring invalid OMEGASAFE_CACHE_OFFLINE_KEY_CAPACITY_GB"), badEnv.stderr());
    }

    @Test
    void theConfigRootComesFromTheFlagThenTheEnvironment() throws Exception {
        Path missing = tmp.resolve("does-not-exist");
        Packaged.Run r = run("init-missing", env(), "init", "-d", missing.toString(), "--skip-http-ecs");
        assertEquals(1, r.process().exitValue());
        assertTrue(r.stderr().contains("config directory does not exist") && r.stderr().contains("hint: "), r.stderr());
        assertFalse(Files.exists(missing));
        Path fromEnv = tmp.resolve("env-root");
        Packaged.ok(tmp, "init-env", env("OMEGASAFE_CONFIG_DIR", fromEnv.toString()), "init", "--skip-http-ecs");
        assertTrue(Files.isRegularFile(fromEnv.resolve("config.ini")));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fromEnv)));
        Path flag = Files.createDirectory(tmp.resolve("flag-root"));
        Packaged.ok(tmp, "init-flag", env("OMEGASAFE_CONFIG_DIR", fromEnv.toString()), "init", "-d", flag.toString(), "--skip-http-ecs");
        assertTrue(Files.isRegularFile(flag.resolve("config.ini")), "--config-dir wins over OMEGASAFE_CONFIG_DIR");
    }

    @Test
    void withoutPasswordOrKeyringCommandsNameInitAndTheVariable() throws Exception {
        Path cfg = Files.createDirectory(tmp.resolve("cfg"));
        Packaged.ok(tmp, "init", env(), "init", "-d", cfg.toString(), "--skip-http-ecs");
        Map<String, String> none = new HashMap<>();
        none.put("OMEGASAFE_CONFIG_PASSWORD", "");
        none.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/omegasafe-bus");
        long t0 = System.nanoTime();
        Packaged.Run r = run("nopw", none, "list-keys", "-d", cfg.toString());
        assertEquals(1, r.process().exitValue());
        assertTrue((System.nanoTime() - t0) / 1_000_000_000L < 30, "no hang");
        assertTrue(r.stderr().contains("OMEGASAFE_CONFIG_PASSWORD") && r.stderr().contains("omegasafe init"), r.stderr());
    }

    @Test
    void initStoresAGeneratedPasswordInTheKeyringAndLaterCommandsUseIt() throws Exception {
        Assumptions.assumeTrue("1".equals(System.getenv("OMEGASAFE_SECRET_SERVICE")),
                "no headless Secret Service: run the tests through bin/test");
        Assumptions.assumeFalse(Packaged.isNative() && System.getenv("OMEGASAFE_NATIVE_FOREIGN") == null,
                "native executable built without foreign-function support (stand-in toolchain): no keyring access");
        Path cfg = Files.createDirectory(tmp.resolve("cfg"));
        String d = cfg.toString();
        Map<String, String> keyring = new HashMap<>();
        keyring.put("OMEGASAFE_CONFIG_PASSWORD", "");
        keyring.put("OMEGASAFE_KEYRING_SERVICE_NAME", "omegasafe-it-" + UUID.randomUUID());
        Packaged.Run init = Packaged.ok(tmp, "init", keyring, "init", "-d", d, "--skip-http-ecs");
        assertTrue(init.stdout().contains("generated and stored in the OS keyring"), init.stdout());
        Packaged.ok(tmp, "ecs", keyring, "create-sfc-ecs", "-d", d, "-n", "l", "-y");
        Packaged.Run again = run("again", keyring, "init", "-d", d, "--skip-http-ecs", "--override-existing");
        assertEquals(2, again.process().exitValue(), again.all());
        assertTrue(again.stderr().contains("--reuse-password") && again.stderr().contains("--new-password"), again.stderr());
        Packaged.Run fresh = Packaged.ok(tmp, "new", keyring, "init", "-d", d, "--skip-http-ecs", "--override-existing", "--new-password");
        assertTrue(fresh.stdout().contains("generated and stored in the OS keyring"), fresh.stdout());
        // the first SFC ECS file was made under the old password: a new one is needed after --new-password
        Packaged.Run stale = run("stale", keyring, "create-sfc-ecs", "-d", d, "-n", "l", "-y");
        assertEquals(1, stale.process().exitValue());
        assertTrue(stale.stderr().contains("does not open with this device's configuration password"), stale.stderr());
        Packaged.ok(tmp, "ecs2", keyring, "create-sfc-ecs", "-d", d, "-n", "l2", "-y", "-p", cfg.resolve("claims2.sfc").toString());
        Packaged.Run reuse = Packaged.ok(tmp, "reuse", keyring, "init", "-d", d, "--skip-http-ecs", "--override-existing", "--reuse-password");
        assertTrue(reuse.stdout().contains("reused from the OS keyring"), reuse.stdout());
        Packaged.ok(tmp, "list", keyring, "list-ecs", "-d", d);
        Packaged.Run erase = Packaged.ok(tmp, "erase", keyring, "erase-all", "-d", d, "--force");
        assertTrue(erase.stdout().contains("Keyring password: removed"), erase.stdout());
        // the root is gone with its password: a second erase-all finds nothing of OmegaSafe's and touches nothing
        Packaged.Run gone = run("gone", keyring, "erase-all", "-d", d, "--force");
        assertEquals(1, gone.process().exitValue(), gone.all());
        assertTrue(gone.stderr().contains("is not an OmegaSafe config directory") && gone.stderr().contains("nothing was removed"),
                gone.all());
    }
}
