package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Destructive commands and advice as a user meets them: erase-all deletes only what OmegaSafe made, a missing
 * config directory is never created by a command other than init, the traditional-layer password stays out of
 * the command line and out of readable files, the advice after a Delta divergence works when followed, and a
 * gone or damaged SFC ECS file is reported.
 */
class CommandSafetyIT {
    @TempDir
    Path tmp;

    @Test
    void eraseAllRemovesOnlyWhatOmegaSafeMadeAndRefusesOtherDirectories() throws Exception {
        Path notes = Files.createDirectory(tmp.resolve("notes"));
        Files.setPosixFilePermissions(notes, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(notes.resolve("mine.txt"), "my notes");
        Packaged.Run refused = Packaged.run(tmp, "erase-notes", java.util.Map.of(), "erase-all", "-d", notes.toString(), "--force");
        assertEquals(1, refused.process().exitValue(), refused.all());
        assertTrue(refused.stderr().contains("is not an OmegaSafe config directory"), refused.stderr());
        assertEquals("my notes", Files.readString(notes.resolve("mine.txt")));
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(notes)),
                "a refused directory keeps its mode");

        // files of another program under OmegaSafe's names are judged by their content, and kept
        Path other = Files.createDirectory(tmp.resolve("other"));
        Files.writeString(other.resolve("config.ini"), "[core]\nname = mine\n");
        Files.writeString(other.resolve("local_cache.sfc"), "not a container");
        Packaged.Run foreign = Packaged.run(tmp, "erase-other", java.util.Map.of(), "erase-all", "-d", other.toString(), "--force");
        assertEquals(1, foreign.process().exitValue(), foreign.all());
        assertTrue(foreign.stderr().contains("is not an OmegaSafe config directory"), foreign.stderr());
        assertEquals("[core]\nname = mine\n", Files.readString(other.resolve("config.ini")));
        assertEquals("not a container", Files.readString(other.resolve("local_cache.sfc")));

        Root a = Root.init(tmp, "a");
        a.sfcEcs("local", a.dir.resolve("local_claims.sfc"));
        a.smallKey("k");
        Files.writeString(a.dir.resolve("mine.txt"), "also mine");
        Packaged.Run erased = a.ok("erase-all", "--force");
        assertTrue(erased.stdout().contains("Removed: " + a.dir.resolve("omegasafe_keys.sfc")), erased.stdout());
        assertTrue(erased.stdout().contains("Kept: " + a.dir), erased.stdout());
        assertFalse(erased.stdout().contains("recipient.sfc"), "never reports what did not exist: " + erased.stdout());
        try (Stream<Path> left = Files.list(a.dir)) {
            assertEquals(List.of(a.dir.resolve("mine.txt")), left.toList());
        }
        Files.delete(a.dir.resolve("mine.txt"));
        Root b = Root.init(tmp, "b");
        b.ok("erase-all", "--force");
        assertFalse(Files.exists(b.dir), "an empty root goes too");
    }

    @Test
    void noCommandButInitCreatesAConfigDirectory() throws Exception {
        Path missing = tmp.resolve("missing");
        for (String[] cmd : List.of(new String[] {"list-keys"}, new String[] {"set-config", "-o", "true"},
                new String[] {"create-sfc-ecs", "-n", "x", "-y"})) {
            List<String> args = new java.util.ArrayList<>(List.of(cmd));
            args.addAll(List.of("-d", missing.toString()));
            Packaged.Run r = Packaged.run(tmp, "missing-" + cmd[0], java.util.Map.of(), args.toArray(String[]::new));
            assertEquals(1, r.process().exitValue(), r.all());
            assertTrue(r.stderr().startsWith("error: config directory does not exist: " + missing), r.stderr());
            assertFalse(Files.exists(missing), cmd[0] + " created the directory");
        }
    }

    @Test
    void theTraditionalLayerPasswordComesFromStandardInputAndNeverSitsInAReadableFile() throws Exception {
        Root a = Root.init(tmp, "a");
        List<String> cmd = new java.util.ArrayList<>(Packaged.command());
        cmd.addAll(List.of("set-config", "-t", "-", "-d", a.dir.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().write("stdin-secret-123\n".getBytes());
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertFalse(out.contains("stdin-secret-123"), out);
        assertTrue(Files.readString(a.dir.resolve("config.ini")).contains("TRADITIONAL_ENC_LAYER_PASS = stdin-secret-123"));
        Packaged.Run inline = a.ok("set-config", "-t", "inline-secret-456");
        assertTrue(inline.stderr().contains("process list"), inline.stderr());
        Files.setPosixFilePermissions(a.dir.resolve("config.ini"), PosixFilePermissions.fromString("rw-r--r--"));
        Packaged.Run exposed = a.run("list-keys");
        assertEquals(1, exposed.process().exitValue());
        assertTrue(exposed.stderr().contains("other accounts may read it") && exposed.stderr().contains("chmod 600"), exposed.stderr());
        assertFalse(exposed.all().contains("inline-secret-456"));
    }

    @Test
    void theAdviceAfterADeltaDivergenceKeepsTheEcsAndWorksWhenFollowed() throws Exception {
        Path shared = Files.createDirectory(tmp.resolve("shared"));
        Path ecs = shared.resolve("claims.sfc");
        Root a = Root.init(tmp, "a");
        a.sfcEcs("shared", ecs);
        String key = a.smallKey("k");
        Path alpha = tmp.resolve("alpha.key");
        a.ok("export-key", "-k", key, "-o", alpha.toString());
        Root b = Root.init(tmp, "b");
        String ecsB = b.sfcEcs("shared", ecs);
        b.ok("import-key", "-e", ecsB, "-i", alpha.toString());
        a.noCache();
        b.noCache();
        Path backup = Files.createDirectory(tmp.resolve("backup"));
        for (String side : List.of("", ".mirror", ".witness")) {
            Files.copy(Path.of(ecs + side), backup.resolve("claims.sfc" + side), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path in = Root.randomFile(tmp, "in.bin", 3000);
        Path out = Files.createDirectory(tmp.resolve("out"));
        long left = a.json("list-keys", "--json").get("keys").get(0).get("latest_delta_capacity_left").get("remaining_bytes").asLong();
        a.ok("fast-forward-claim", "-k", key, "-c", Long.toString(left - 10), "-f");
        a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "a-renewed.os");
        // the whole SFC ECS (file, mirror, witness) restored from before A's renewal: undetectable, so B renews too
        for (String side : List.of("", ".mirror", ".witness")) {
            Files.copy(backup.resolve("claims.sfc" + side), Path.of(ecs + side), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        b.ok("fast-forward-claim", "-k", key, "-c", Long.toString(left - 10), "-f");
        b.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "b-renewed.os");

        Packaged.Run diverged = a.run("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "a-again.os");
        assertEquals(1, diverged.process().exitValue(), diverged.all());
        String hint = diverged.stderr().lines().filter(l -> l.startsWith("hint: ")).findFirst().orElseThrow();
        assertTrue(hint.contains("--local-only"), hint);
        String ecsA = a.json("list-ecs", "--json").get("entries").get(0).get("ecs_uuid").asText();
        Path exported = tmp.resolve("alpha.key.again");
        a.ok("export-key", "-k", key, "-o", exported.toString());
        a.ok("delete-key", "-k", key, "--local-only", "--force");
        a.ok("import-key", "-i", exported.toString(), "-e", ecsA);
        Path back = Files.createDirectory(tmp.resolve("back"));
        a.ok("decrypt", "-i", out.resolve("b-renewed.os").toString(), "-o", back.toString());
        assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(back.resolve("in.bin")));
        a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "a-after.os");
        Path backB = Files.createDirectory(tmp.resolve("backB"));
        b.ok("decrypt", "-i", out.resolve("a-after.os").toString(), "-o", backB.toString());
        assertTrue(b.json("view-key", "-k", key, "--json").get("ecs_key_data").get("key_uuid").asText().equals(key),
                "the ECS kept the key for B");
    }

    @Test
    void aMissingOrDamagedSfcEcsFileIsReportedWhileTheCacheServes() throws Exception {
        Root a = Root.init(tmp, "a");
        Path ecs = a.dir.resolve("claims.sfc");
        a.sfcEcs("local", ecs);
        String key = a.smallKey("k");
        Path in = Root.randomFile(tmp, "in.bin", 3000);
        Path out = Files.createDirectory(tmp.resolve("out"));
        a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "1.os");
        byte[] good = Files.readAllBytes(ecs);
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 0x40;
        Files.write(ecs, bad);
        Packaged.Run damaged = a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "2.os");
        assertTrue(damaged.stderr().contains(ecs.toString()) && damaged.stderr().contains("cannot serve new claims"), damaged.stderr());
        Files.delete(ecs);
        Packaged.Run missing = a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "3.os");
        assertTrue(missing.stderr().contains(ecs + " is missing"), missing.stderr());
        a.set("CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0");
        Packaged.Run offline = a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "4.os");
        assertTrue(offline.stderr().contains("is unavailable") && offline.stderr().contains("OFFLINE cache"), offline.stderr());
        Files.write(ecs, good);
    }
}
