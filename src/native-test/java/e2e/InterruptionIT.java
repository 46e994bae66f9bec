package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interrupted runs: a signal removes the temporary output (never a partial file, never unverified plaintext), a
 * kill -9 leaves a leftover the next run in that directory removes, and a create-key or renewal killed at any
 * step leaves nothing or a key the next command completes.
 */
class InterruptionIT {
    /** Exit code of a process halted at its fail point (adapters.out.config.EnvFailPoints). */
    private static final int HALTED = 86;

    @TempDir
    Path tmp;

    private static List<Path> leftovers(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".omegasafe-")).toList();
        }
    }

    /** Waits until the run has a temporary output in {@code dir} (it is writing), or fails after 60 s. */
    private static void awaitWriting(Packaged.Run run, Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (leftovers(dir).isEmpty()) {
            if (!run.process().isAlive()) throw new AssertionError("ended before writing: " + run.all());
            if (System.nanoTime() > deadline) throw new AssertionError("never started writing");
            Thread.sleep(20);
        }
    }

    private static void signal(Packaged.Run run, String name) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(run.process().pid())).start().waitFor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT", "HUP"})
    void aSignalDuringEncryptOrDecryptLeavesNoTemporaryFile(String sig) throws Exception {
        Root a = Root.init(tmp, "a");
        a.sfcEcs("local", a.dir.resolve("claims.sfc"));
        String key = a.smallKey("k");
        Path big = Files.write(tmp.resolve("big.bin"), new byte[400_000_000]);
        Path enc = Files.createDirectory(tmp.resolve("enc"));
        Packaged.Run encrypting = a.start("encrypt", "-i", big.toString(), "-k", key, "-o", enc.toString(), "-f", "big.os", "-t", "1");
        awaitWriting(encrypting, enc);
        signal(encrypting, sig);
        assertNotEquals(0, encrypting.await());
        assertEquals(List.of(), leftovers(enc), "SIG" + sig + " during encrypt");
        assertTrue(Files.notExists(enc.resolve("big.os")));

        a.ok("encrypt", "-i", big.toString(), "-k", key, "-o", enc.toString(), "-f", "big.os");
        Path dec = Files.createDirectory(tmp.resolve("dec"));
        Packaged.Run decrypting = a.start("decrypt", "-i", enc.resolve("big.os").toString(), "-o", dec.toString(), "-t", "1");
        awaitWriting(decrypting, dec);
        signal(decrypting, sig);
        assertNotEquals(0, decrypting.await());
        assertEquals(List.of(), leftovers(dec), "SIG" + sig + " during decrypt: no unverified plaintext left");
        assertTrue(Files.notExists(dec.resolve("big.bin")));
    }

    @Test
    void aLeftoverOfAKilledRunIsRemovedByTheNextRunThere() throws Exception {
        Root a = Root.init(tmp, "a");
        a.sfcEcs("local", a.dir.resolve("claims.sfc"));
        String key = a.smallKey("k");
        Path big = Files.write(tmp.resolve("big.bin"), new byte[300_000_000]);
        Path enc = Files.createDirectory(tmp.resolve("enc"));
        a.ok("encrypt", "-i", big.toString(), "-k", key, "-o", enc.toString(), "-f", "big.os");
        Path dec = Files.createDirectory(tmp.resolve("dec"));
        Packaged.Run decrypting = a.start("decrypt", "-i", enc.resolve("big.os").toString(), "-o", dec.toString(), "-t", "1");
        awaitWriting(decrypting, dec);
        decrypting.process().destroyForcibly();
        decrypting.await();
        assertEquals(1, leftovers(dec).size(), "kill -9 leaves the temporary file");
        Path small = Root.randomFile(tmp, "small.bin", 5000);
        a.ok("encrypt", "-i", small.toString(), "-k", key, "-o", enc.toString(), "-f", "small.os");
        Packaged.Run next = a.ok("decrypt", "-i", enc.resolve("small.os").toString(), "-o", dec.toString());
        assertEquals(List.of(), leftovers(dec));
        assertTrue(next.stderr().contains("leftover temporary file"), next.stderr());
        assertArrayEquals(Files.readAllBytes(small), Files.readAllBytes(dec.resolve("small.bin")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"create-key:linked", "create-key:alpha-saved", "create-key:registered", "create-key:delta-published"})
    void aCreateKeyKilledAtAnyStepLeavesNothingOrAKeyTheNextEncryptCompletes(String point) throws Exception {
        Root a = Root.init(tmp, "a");
        Path ecs = a.dir.resolve("claims.sfc");
        String ecsUuid = a.sfcEcs("local", ecs);
        a.env.put("OMEGASAFE_FAILPOINT", point);
        Packaged.Run killed = a.run("create-key", "-k", "k", "-n", "0.25", "-r", "0.25", "-c", "2");
        assertEquals(HALTED, killed.process().exitValue(), killed.all());
        a.env.remove("OMEGASAFE_FAILPOINT");
        var keys = a.json("list-keys", "--json").get("keys");
        if (point.equals("create-key:linked")) {
            assertEquals(0, keys.size(), "nothing visible: the interrupted key never existed for the user");
            return;
        }
        assertEquals(1, keys.size());
        String key = keys.get(0).get("key_uuid").asText();
        Path in = Root.randomFile(tmp, "in.bin", 20_000);
        Path out = Files.createDirectory(tmp.resolve("out"));
        a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "in.os");
        // a second device decrypts: the key is whole in the ECS (registered, first Delta published)
        Path alpha = tmp.resolve("alpha.key");
        a.ok("export-key", "-k", key, "-o", alpha.toString());
        Root b = Root.init(tmp, "b");
        String ecsB = b.sfcEcs("local", ecs);
        b.ok("import-key", "-e", ecsB, "-i", alpha.toString());
        Path back = Files.createDirectory(tmp.resolve("back"));
        b.ok("decrypt", "-i", out.resolve("in.os").toString(), "-o", back.toString());
        assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(back.resolve("in.bin")));
        assertEquals(1, a.json("view-key", "-k", key, "--json").get("key_summary").get("latest_delta_sequence").asInt());
        assertTrue(ecsUuid.length() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"renewal:generated", "renewal:published"})
    void aRenewalKilledAtAnyStepIsCompletedByTheNextEncrypt(String point) throws Exception {
        Root a = Root.init(tmp, "a");
        a.sfcEcs("local", a.dir.resolve("claims.sfc"));
        String key = a.smallKey("k");
        a.noCache();
        var summary = a.json("list-keys", "--json").get("keys").get(0);
        long left = summary.get("latest_delta_capacity_left").get("remaining_bytes").asLong();
        a.ok("fast-forward-claim", "-k", key, "-c", Long.toString(left - 100), "-f");
        Path in = Root.randomFile(tmp, "in.bin", 5_000);
        Path out = Files.createDirectory(tmp.resolve("out"));
        a.env.put("OMEGASAFE_FAILPOINT", point);
        Packaged.Run killed = a.run("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "x.os");
        assertEquals(HALTED, killed.process().exitValue(), killed.all());
        a.env.remove("OMEGASAFE_FAILPOINT");
        a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "y.os");
        assertEquals(2, a.json("view-key", "-k", key, "--json").get("key_summary").get("latest_delta_sequence").asInt());
        Path back = Files.createDirectory(tmp.resolve("back"));
        a.ok("decrypt", "-i", out.resolve("y.os").toString(), "-o", back.toString());
        assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(back.resolve("in.bin")));
    }
}
