package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the commands: one {@code error:} line (and a {@code hint:}), a non-zero exit, and
 * nothing left in the output directory.
 */
@QuarkusMainTest
class BadInputCommandTest {

    @TempDir
    Path tmp;

    private Omega omega;
    private String key;
    private Path back;

    private Path encryptSample(QuarkusMainLauncher launcher, int size) throws Exception {
        omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        key = omega.setUpKey();
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        Path input = Files.write(tmp.resolve("plain.bin"), data);
        omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "sample.omegasafe");
        back = Files.createDirectory(tmp.resolve("back"));
        return tmp.resolve("sample.omegasafe");
    }

    private static void assertOneLineError(LaunchResult r, int exit, String contains) {
        assertEquals(exit, r.exitCode(), () -> "stdout: " + r.getOutput() + "\nstderr: " + r.getErrorOutput());
        String[] lines = r.getErrorOutput().strip().split("\n");
        assertTrue(lines[0].startsWith("error: "), r.getErrorOutput());
        assertTrue(lines[0].contains(contains), () -> "expected '" + contains + "' in: " + r.getErrorOutput());
        assertTrue(lines.length <= 2 && (lines.length == 1 || lines[1].startsWith("hint: ")), r.getErrorOutput());
    }

    private void assertNothingWritten() throws Exception {
        try (Stream<Path> s = Files.list(back)) {
            assertEquals(0, s.count(), "decrypt left a file behind");
        }
    }

    @Test
    void aFlippedByteAnywhereIsRejectedAndNothingIsWritten(QuarkusMainLauncher launcher) throws Exception {
        Path enc = encryptSample(launcher, 5000);
        byte[] good = Files.readAllBytes(enc);
        for (int offset : new int[] {0, 9, 40, 120, good.length / 2, good.length - 40, good.length - 1}) {
            byte[] bad = good.clone();
            bad[offset] ^= 0x01;
            Path tampered = Files.write(tmp.resolve("t" + offset + ".omegasafe"), bad);
            LaunchResult r = omega.run("decrypt", "-i", tampered.toString(), "-o", back.toString());
            assertEquals(1, r.exitCode(), "offset " + offset + ": " + r.getErrorOutput());
            assertTrue(r.getErrorOutput().startsWith("error: "), r.getErrorOutput());
            assertNothingWritten();
        }
    }

    @Test
    void aTruncatedFileIsRejected(QuarkusMainLauncher launcher) throws Exception {
        Path enc = encryptSample(launcher, 5000);
        byte[] good = Files.readAllBytes(enc);
        for (int keep : new int[] {0, 10, good.length / 2, good.length - 1}) {
            Path cut = Files.write(tmp.resolve("cut" + keep), java.util.Arrays.copyOf(good, keep));
            LaunchResult r = omega.run("decrypt", "-i", cut.toString(), "-o", back.toString());
            assertEquals(1, r.exitCode(), "kept " + keep + ": " + r.getErrorOutput());
            assertNothingWritten();
        }
    }

    @Test
    void aFileThatIsNotOmegaSafeIsRejected(QuarkusMainLauncher launcher) throws Exception {
        encryptSample(launcher, 10);
        Path other = Files.writeString(tmp.resolve("notes.txt"), "just some text, not an encrypted file\n");
        assertOneLineError(omega.run("decrypt", "-i", other.toString(), "-o", back.toString()), 1, "not an OmegaSafe");
        assertNothingWritten();
    }

    @Test
    void anExistingOutputIsNeverOverwritten(QuarkusMainLauncher launcher) throws Exception {
        Path enc = encryptSample(launcher, 100);
        Path existing = Files.writeString(back.resolve("plain.bin"), "keep me");
        assertOneLineError(omega.run("decrypt", "-i", enc.toString(), "-o", back.toString()), 1, "already exists");
        assertEquals("keep me", Files.readString(existing));
        Path input = tmp.resolve("plain.bin");
        assertOneLineError(omega.run("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(),
                "-f", "sample.omegasafe"), 1, "already exists");
    }

    @Test
    void anUnknownKeyNamesImportKey(QuarkusMainLauncher launcher) throws Exception {
        encryptSample(launcher, 10);
        LaunchResult r = omega.run("encrypt", "-i", tmp.resolve("plain.bin").toString(), "-k", UUID.randomUUID().toString());
        assertOneLineError(r, 1, "no local Alpha");
        assertTrue(r.getErrorOutput().contains("import-key"), r.getErrorOutput());
    }

    @Test
    void aDecryptWithoutTheKeyNamesImportKey(QuarkusMainLauncher launcher) throws Exception {
        Path enc = encryptSample(launcher, 10);
        Omega other = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg2")));
        other.ok("init", "--skip-http-ecs");
        LaunchResult r = other.run("decrypt", "-i", enc.toString(), "-o", back.toString());
        assertOneLineError(r, 1, "no local Alpha");
        assertTrue(r.getErrorOutput().contains("import-key"), r.getErrorOutput());
        assertNothingWritten();
    }

    @Test
    void missingInputAndMissingFlagsAreUsageOrInputErrors(QuarkusMainLauncher launcher) throws Exception {
        encryptSample(launcher, 10);
        assertOneLineError(omega.run("encrypt", "-k", key), 2, "--input-file");
        assertOneLineError(omega.run("encrypt", "-i", tmp.resolve("nope").toString(), "-k", key), 1, "not found");
        assertOneLineError(omega.run("encrypt", "-i", tmp.resolve("plain.bin").toString(), "-k", "not-a-uuid"), 2, "not-a-uuid");
        assertOneLineError(omega.run("create-key", "--key-name", "x"), 2, "--nucleus-size-mb");
        assertOneLineError(omega.run("create-key", "--key-name", "x", "-n", "2", "-r", "0.25", "-c", "3"), 2, "ucleus");
        assertOneLineError(omega.run("init"), 2, "--override-existing");
        assertOneLineError(omega.run("list-keys", "--log-level", "LOUD"), 2, "LOUD");
    }

    @Test
    void anUninitialisedRootSaysRunInit(QuarkusMainLauncher launcher) throws Exception {
        Omega fresh = new Omega(launcher, Files.createDirectory(tmp.resolve("fresh"),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"))));
        LaunchResult r = fresh.run("list-keys");
        assertOneLineError(r, 1, "no OmegaSafe configuration");
        assertTrue(r.getErrorOutput().contains("omegasafe init"), r.getErrorOutput());
    }
}
