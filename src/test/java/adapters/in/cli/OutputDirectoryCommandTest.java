package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is wrong with the output directory the user named, on real file systems: not a directory, a full disk, a
 * read-only file system, refused permission. The error names the directory (never the hidden temporary file the
 * failure came from), and nothing is left in it. The full and read-only file systems are small tmpfs mounts, which
 * need root; elsewhere those cases are skipped with the reason.
 */
@QuarkusMainTest
class OutputDirectoryCommandTest {

    @TempDir
    Path tmp;

    private final List<Runnable> cleanups = new ArrayList<>();
    private Omega omega;
    private String key;

    @AfterEach
    void cleanUp() {
        for (Runnable r : cleanups.reversed()) r.run();
    }

    private void setUp(QuarkusMainLauncher launcher) throws Exception {
        omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        key = omega.setUpKey();
    }

    private static void assertError(LaunchResult r, String error, String hint) {
        assertEquals(1, r.exitCode(), () -> r.getOutput() + r.getErrorOutput());
        assertEquals("error: " + error + "\nhint: " + hint, r.getErrorOutput().strip());
    }

    private static void assertEmpty(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "nothing is left in " + dir);
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        return p.waitFor() == 0 ? null : (out.isEmpty() ? "exit " + p.exitValue() : out);
    }

    /** A tmpfs of {@code options} at a new directory, unmounted after the test; skips the test where that is impossible. */
    private Path tmpfs(String name, String options) throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small tmpfs needs root");
        Path dir = Files.createDirectory(tmp.resolve(name));
        String failed = run("mount", "-t", "tmpfs", "-o", options, "omegasafe-test", dir.toString());
        Assumptions.assumeTrue(failed == null, () -> "this machine does not allow mounting a tmpfs: " + failed);
        cleanups.add(() -> {
            try {
                run("umount", dir.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return dir;
    }

    @Test
    void aRegularFileOrAMissingDirectoryIsNamedForWhatItIs(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        Path input = Files.writeString(tmp.resolve("in.txt"), "text");
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
        assertError(omega.run("encrypt", "-i", input.toString(), "-k", key, "-o", file.toString()),
                "output directory is not a directory: " + file, "pass a directory to --output-dir");
        omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "in.omegasafe");
        assertError(omega.run("decrypt", "-i", tmp.resolve("in.omegasafe").toString(), "-o", file.toString()),
                "output directory is not a directory: " + file, "pass a directory to --output-dir");
        assertError(omega.run("decrypt", "-i", tmp.resolve("in.omegasafe").toString(), "-o", tmp.resolve("missing").toString()),
                "output directory not found: " + tmp.resolve("missing"), "check the path given to --output-dir");
    }

    @Test
    void aFullDiskIsSaidToBeFullAndLeavesNothingBehind(QuarkusMainLauncher launcher) throws Exception {
        Path full = tmpfs("full", "size=256k,mode=0700");
        setUp(launcher);
        byte[] data = new byte[1 << 20];
        new Random(1).nextBytes(data);
        Path input = Files.write(tmp.resolve("big.bin"), data);
        assertError(omega.run("encrypt", "-i", input.toString(), "-k", key, "-o", full.toString()),
                "no space left on the file system of output directory " + full, "free some space there or choose another --output-dir");
        assertEmpty(full);
        omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "big.omegasafe");
        assertError(omega.run("decrypt", "-i", tmp.resolve("big.omegasafe").toString(), "-o", full.toString()),
                "no space left on the file system of output directory " + full, "free some space there or choose another --output-dir");
        assertEmpty(full);
    }

    @Test
    void aReadOnlyFileSystemAndARefusedPermissionAreSaidToBeSo(QuarkusMainLauncher launcher) throws Exception {
        Path readOnly = tmpfs("ro", "ro,size=64k");
        setUp(launcher);
        Path input = Files.writeString(tmp.resolve("in.txt"), "text");
        assertError(omega.run("encrypt", "-i", input.toString(), "-k", key, "-o", readOnly.toString()),
                "cannot create files in output directory " + readOnly + ": read-only file system",
                "choose a directory you can write to with --output-dir");

        // root may write anywhere its mode allows nothing; an immutable directory refuses it all the same
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        String failed = run("chattr", "+i", locked.toString());
        Assumptions.assumeTrue(failed == null, () -> "this file system has no immutable attribute: " + failed);
        cleanups.add(() -> {
            try {
                run("chattr", "-i", locked.toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertError(omega.run("encrypt", "-i", input.toString(), "-k", key, "-o", locked.toString()),
                "cannot create files in output directory " + locked + ": permission denied",
                "choose a directory you can write to with --output-dir");
        assertEmpty(locked);
    }

    @Test
    void aDirectoryWithoutWritePermissionIsRefusedForThatReason(QuarkusMainLauncher launcher) throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write into any directory");
        setUp(launcher);
        Path input = Files.writeString(tmp.resolve("in.txt"), "text");
        Path closed = Files.createDirectory(tmp.resolve("closed"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-x------")));
        cleanups.add(() -> closed.toFile().setWritable(true));
        assertError(omega.run("encrypt", "-i", input.toString(), "-k", key, "-o", closed.toString()),
                "cannot create files in output directory " + closed + ": permission denied",
                "choose a directory you can write to with --output-dir");
    }
}
