package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals of bad input that once surfaced as "unexpected failure" (or as a usage error): a local container replaced
 * by another valid OmegaSafe container, an encrypted file whose global position lies beyond any iteration or names a
 * Delta that exists nowhere, a config.ini path that is no path. Each is one error line naming the file, a hint, exit 1.
 */
@QuarkusMainTest
class DamagedStateCommandTest {

    @TempDir
    Path tmp;

    private Omega omega;
    private String key;

    private void setUp(QuarkusMainLauncher launcher) throws Exception {
        omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        key = omega.setUpKey();
    }

    private static void assertRefusal(LaunchResult r, String... contains) {
        String err = r.getErrorOutput();
        assertEquals(1, r.exitCode(), () -> r.getOutput() + err);
        assertTrue(err.startsWith("error: ") && !err.startsWith("error: unexpected failure"), err);
        for (String c : contains) assertTrue(err.contains(c), () -> "expected '" + c + "' in: " + err);
        assertEquals(2, err.lines().count(), err);
        assertTrue(err.lines().toList().get(1).startsWith("hint: "), err);
    }

    /** Puts {@code from} (and its witness) in place of {@code to}, as a person copying the wrong file would. */
    private void replace(String to, String from) throws Exception {
        Files.copy(omega.root.resolve(from), omega.root.resolve(to), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(omega.root.resolve(from + ".witness"), omega.root.resolve(to + ".witness"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aKeysContainerReplacedByAnotherContainerNamesTheFile(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        replace("omegasafe_keys.sfc", "local_cache.sfc");
        LaunchResult r = omega.run("list-keys");
        assertRefusal(r, omega.root.resolve("omegasafe_keys.sfc").toString(), "not an OmegaSafe key iteration", "hint: restore it");
        assertRefusal(omega.run("encrypt", "-i", omega.root.resolve("config.ini").toString(), "-k", key, "-o", tmp.toString()),
                "not an OmegaSafe key iteration");
    }

    @Test
    void aCacheOrEcsContainerReplacedByAnotherContainerNamesTheFile(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        Files.copy(omega.root.resolve("local_cache.sfc"), tmp.resolve("cache.keep"));
        Files.copy(omega.root.resolve("local_cache.sfc.witness"), tmp.resolve("cache.witness.keep"));
        replace("local_cache.sfc", "omegasafe_keys.sfc");
        Path input = Files.writeString(tmp.resolve("in.txt"), "text");
        assertRefusal(omega.run("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString()),
                omega.root.resolve("local_cache.sfc").toString(), "not a claim cache entry");
        assertRefusal(omega.run("view-key", "-k", key), "not a claim cache entry");

        Files.copy(tmp.resolve("cache.keep"), omega.root.resolve("local_cache.sfc"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(tmp.resolve("cache.witness.keep"), omega.root.resolve("local_cache.sfc.witness"), StandardCopyOption.REPLACE_EXISTING);
        replace("ecs_storage.sfc", "omegasafe_keys.sfc");
        assertRefusal(omega.run("list-ecs"), omega.root.resolve("ecs_storage.sfc").toString(), "not an ECS connection");
    }

    @Test
    void aRecipientKeyContainerReplacedByAnotherContainerNamesTheFile(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        Files.copy(omega.root.resolve("omegasafe_keys.sfc"), omega.root.resolve("recipient.sfc"));
        assertRefusal(omega.run("recipient-key"), omega.root.resolve("recipient.sfc").toString(), "holds no recipient key");
    }

    @Test
    void anEncryptedFileWhosePositionsLieBeyondEveryIterationIsDamaged(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        Path back = Files.createDirectory(tmp.resolve("back"));
        UUID k = UUID.fromString(key);
        for (long start : new long[] {1L << 62, Long.MAX_VALUE - 100, (1L << 62) + 12345}) {
            Path f = CraftedFiles.withStart(k, start, tmp.resolve("far-" + start + ".omegasafe"));
            assertRefusal(omega.run("decrypt", "-i", f.toString(), "-o", back.toString()),
                    "global_position_start " + start + " lies beyond every iteration of key " + key, "OmegaSafe encrypted file");
        }
        // within the 64-bit range, but a Delta that neither this device nor the ECS has
        long c = 976L * 976 * 976; // SMALL
        Path f = CraftedFiles.withStart(k, 5000 * c, tmp.resolve("unknown-delta.omegasafe"));
        assertRefusal(omega.run("decrypt", "-i", f.toString(), "-o", back.toString()),
                "names Delta 5000 of key " + key + ", which neither this device nor its ECS holds");
        Path alpha = CraftedFiles.withStart(k, 10, tmp.resolve("alpha.omegasafe"));
        assertRefusal(omega.run("decrypt", "-i", alpha.toString(), "-o", back.toString()), "claims Alpha positions");
    }

    @Test
    void aConfigIniPathThatIsNoPathNamesTheSetting(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        Path ini = omega.root.resolve("config.ini");
        Files.writeString(ini, Files.readString(ini).replaceAll("(?m)^KEYS_CONTAINER_PATH = .*$", "KEYS_CONTAINER_PATH = /tmp/a\u0000b"));
        LaunchResult r = omega.run("list-keys");
        assertRefusal(r, "invalid KEYS_CONTAINER_PATH in " + ini, "not a usable path");
        assertFalse(r.getErrorOutput().contains("\u0000"), "the NUL is shown escaped");
    }
}
