package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and directories other accounts can touch: a shared (sticky, world-writable) directory, a planted lock
 * symbolic link or Delta directory, loose modes and a umask of 000. Nothing is followed or trusted; everything
 * OmegaSafe creates is 0700/0600.
 */
class HostileFilesIT {
    @TempDir
    Path tmp;

    @Test
    void aDirectoryOtherAccountsMayWriteToIsRefusedForAnEcsFile() throws Exception {
        Path shared = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Root a = Root.init(tmp, "a");
        Packaged.Run r = a.run("create-sfc-ecs", "-n", "shared", "-p", shared.resolve("claims.sfc").toString(), "-y");
        assertEquals(1, r.process().exitValue(), r.all());
        assertTrue(r.stderr().contains("other accounts may write to the directory") && r.stderr().contains("hint: "), r.stderr());
        try (Stream<Path> s = Files.list(shared)) {
            assertEquals(List.of(), s.toList(), "nothing was created there");
        }
    }

    @Test
    void aPlantedLockLinkOrDeltaDirectoryIsNeverFollowedOrUsed() throws Exception {
        Root a = Root.init(tmp, "a");
        Path ecsDir = Files.createDirectory(tmp.resolve("ecs"));
        Path ecs = ecsDir.resolve("claims.sfc");
        Path victim = tmp.resolve("victim");
        Files.createSymbolicLink(ecsDir.resolve("claims.sfc.lock"), victim);
        Packaged.Run r = a.run("create-sfc-ecs", "-n", "e", "-p", ecs.toString(), "-y");
        assertEquals(1, r.process().exitValue(), r.all());
        assertTrue(r.stderr().contains("symbolic link"), r.stderr());
        assertFalse(Files.exists(victim), "the link's target was not created");
        Files.delete(ecsDir.resolve("claims.sfc.lock"));
        a.sfcEcs("e", ecs);
        Path deltas = Files.createDirectory(ecsDir.resolve("claims.sfc.deltas"));
        Files.setPosixFilePermissions(deltas, PosixFilePermissions.fromString("rwxrwxrwx"));
        Packaged.Run key = a.run("create-key", "-k", "k", "-n", "0.25", "-r", "0.25", "-c", "2");
        assertEquals(1, key.process().exitValue(), key.all());
        assertTrue(key.stderr().contains("other accounts may write to the directory"), key.stderr());
        assertEquals(0, a.json("list-keys", "--json").get("keys").size(), "the failed create-key left no key");
    }

    @Test
    void underUmask000EverythingCreatedIsOwnerOnly() throws Exception {
        Path cfg = Files.createDirectory(tmp.resolve("cfg"));
        Path ecs = cfg.resolve("claims.sfc");
        umask000(cfg, "init", "--skip-http-ecs");
        umask000(cfg, "create-sfc-ecs", "-n", "local", "-p", ecs.toString(), "-y");
        umask000(cfg, "create-key", "-k", "k", "-n", "0.25", "-r", "0.25", "-c", "2");
        List<String> loose = new ArrayList<>();
        try (Stream<Path> all = Files.walk(cfg)) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                boolean ok = Files.isDirectory(p) ? mode.equals("rwx------") : mode.equals("rw-------");
                if (!ok && !p.equals(cfg)) loose.add(cfg.relativize(p) + " " + mode);
            }
        }
        assertEquals(List.of(), loose);
        assertTrue(Files.isDirectory(cfg.resolve("claims.sfc.deltas")), "the Delta directory exists and was checked above");
    }

    private void umask000(Path cfg, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "umask 000; exec \"$@\"", "sh"));
        cmd.addAll(Packaged.command());
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("-d", cfg.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    @Test
    void aConfigDirectoryOthersMayReadIsTightenedAndOneOthersMayWriteIsRefused() throws Exception {
        Root a = Root.init(tmp, "a");
        Files.setPosixFilePermissions(a.dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Packaged.Run r = a.ok("list-ecs");
        assertTrue(r.stderr().contains("permissions are now rwx------"), r.stderr());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(a.dir)));
        Files.setPosixFilePermissions(a.dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Packaged.Run refused = a.run("list-ecs");
        assertEquals(1, refused.process().exitValue());
        assertTrue(refused.stderr().contains("other accounts may write to the directory"), refused.stderr());
        Files.setPosixFilePermissions(a.dir, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aContainerOwnedByAnotherAccountIsRefused() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "changing a file's owner needs root");
        var nobody = tmp.getFileSystem().getUserPrincipalLookupService();
        java.nio.file.attribute.UserPrincipal other;
        try {
            other = nobody.lookupPrincipalByName("nobody");
        } catch (java.io.IOException e) {
            Assumptions.abort("no account 'nobody' here");
            return;
        }
        Root a = Root.init(tmp, "a");
        Files.setOwner(a.dir.resolve("ecs_storage.sfc"), other);
        Packaged.Run r = a.run("list-ecs");
        assertEquals(1, r.process().exitValue(), r.all());
        assertTrue(r.stderr().contains("belongs to another account"), r.stderr());
    }
}
