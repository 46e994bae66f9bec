package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two decisions of docs/DECISIONS.md on the packaged application: a decrypted file is created owner-only (0600)
 * whatever the umask and the original file's mode; the default config root is {@code .omegasafe} in the account's
 * home from the password database, not in {@code $HOME}.
 */
class HomeAndModesIT {

    @TempDir
    Path tmp;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /**
     * Starts {@code omegasafe args} under {@code umask}, without {@code OMEGASAFE_CONFIG_DIR} and with {@code env}
     * added; its stdout and stderr.
     */
    private static Packaged.Run withUmask(Path dir, String name, String umask, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "umask " + umask + "; exec \"$@\"", "sh"));
        cmd.addAll(Packaged.command());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("OMEGASAFE_CONFIG_DIR");
        pb.environment().putAll(env);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        return new Packaged.Run(p, out, err);
    }

    @Test
    void aDecryptedFileIsOwnerOnlyWhateverTheUmaskAndTheOriginalMode() throws Exception {
        Root root = Root.init(tmp, "cfg");
        root.sfcEcs("local", root.dir.resolve("claims.sfc"));
        String key = root.smallKey("k");
        Path shared = Files.writeString(tmp.resolve("shared.txt"), "for everyone");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        root.ok("encrypt", "-i", shared.toString(), "-k", key, "-o", tmp.toString(), "-f", "shared.omegasafe");
        for (String umask : List.of("000", "022")) {
            Path back = Files.createDirectory(tmp.resolve("back" + umask));
            Packaged.Run r = withUmask(tmp, "decrypt" + umask, umask, Map.of(), "decrypt", "-i", tmp.resolve("shared.omegasafe").toString(),
                    "-o", back.toString(), "-d", root.dir.toString());
            assertEquals(0, r.await(), r.all());
            assertEquals("for everyone", Files.readString(back.resolve("shared.txt")));
            assertEquals("rw-------", mode(back.resolve("shared.txt")), "umask " + umask);
        }
        assertEquals("rw-------", mode(tmp.resolve("shared.omegasafe")), "the encrypted file too");
    }

    @Test
    void theDefaultRootIsInThePasswordDatabaseHomeNotInHome() throws Exception {
        // the JVM running this test reads user.home from the password database, as the application does
        Path passwdHome = Path.of(System.getProperty("user.home"));
        Path real = passwdHome.resolve(".omegasafe");
        Assumptions.assumeFalse(Files.exists(real), real + " exists: this test never touches a real configuration");
        Path home = Files.createDirectory(tmp.resolve("home"));
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString()));
        Packaged.Run r = withUmask(tmp, "list-keys", "077", env, "list-keys");
        assertEquals(1, r.await(), r.all());
        assertEquals("error: no OmegaSafe configuration at " + real + "\n"
                + "hint: run 'omegasafe init' (or pass the --config-dir you initialised)\n", r.stderr());
        assertFalse(Files.exists(real), "nothing was created in the real home");
        assertFalse(Files.exists(home.resolve(".omegasafe")), "nothing was created in $HOME");
    }
}
