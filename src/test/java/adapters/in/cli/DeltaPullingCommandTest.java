package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adapters.out.file.EncryptedFileContainer;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delta pulling semantics of the reference, one test per case, with two or three devices on one SFC ECS. */
@QuarkusMainTest
class DeltaPullingCommandTest {

    @TempDir
    Path tmp;

    private Omega a;
    private Omega b;
    private String key;
    private Path ecsFile;
    private String ecsUuidB;


    /** A creates the key, B imports it; both with caches off unless {@code bCaches}. */
    private void twoDevices(QuarkusMainLauncher l, boolean bCaches) throws Exception {
        a = new Omega(l, Files.createDirectory(tmp.resolve("a")));
        key = a.setUpKey();
        ecsFile = a.root.resolve("claims.sfc");
        Omega.set(a.root, "CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0");
        Omega.set(a.root, "CACHE_OFFLINE_KEY_CAPACITY_GB", "0");
        a.ok("export-key", "-k", key, "-o", tmp.resolve("alpha.export").toString());
        b = joined(l, "b");
        if (!bCaches) {
            Omega.set(b.root, "CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0");
            Omega.set(b.root, "CACHE_OFFLINE_KEY_CAPACITY_GB", "0");
        }
    }

    private Omega joined(QuarkusMainLauncher l, String name) throws Exception {
        Omega d = new Omega(l, Files.createDirectory(tmp.resolve(name)));
        d.ok("init", "--skip-http-ecs");
        d.ok("create-sfc-ecs", "-n", "shared", "-p", ecsFile.toString(), "-y");
        ecsUuidB = Omega.json(d.ok("list-ecs", "--json")).get("entries").get(0).get("ecs_uuid").asText();
        d.ok("import-key", "-e", ecsUuidB, "-i", tmp.resolve("alpha.export").toString());
        return d;
    }

    /** Device {@code d} exhausts its latest Delta and encrypts, renewing the key. */
    private void renew(Omega d, String tag) throws Exception {
        JsonNode k = Omega.json(d.ok("list-keys", "--json")).get("keys").get(0);
        long left = k.get("latest_delta_capacity_left").get("remaining_bytes").asLong();
        d.ok("fast-forward-claim", "-k", key, "-c", Long.toString(left), "--force");
        d.ok("encrypt", "-i", Files.writeString(tmp.resolve(tag + ".txt"), tag).toString(), "-k", key, "-o", tmp.toString(),
                "-f", tag + ".enc");
    }

    private int localSeq(Omega d) throws Exception {
        return Omega.json(d.ok("view-key", "-k", key, "--json")).get("local_key_data").get("latest_delta_iteration_sequence").asInt();
    }

    private long start(Path encrypted) throws Exception {
        try (var o = new EncryptedFileContainer().open(encrypted, Optional.empty())) {
            return o.metadata().globalPositionStart();
        }
    }

    @Test
    void d1_encryptOnTheExternalPathPullsNewerDeltasFirst(QuarkusMainLauncher l) throws Exception {
        twoDevices(l, false);
        renew(a, "a1");
        assertEquals(1, localSeq(b));
        b.ok("encrypt", "-i", Files.writeString(tmp.resolve("b.txt"), "b").toString(), "-k", key, "-o", tmp.toString(), "-f", "b.enc");
        assertEquals(2, localSeq(b));
        long c = 976L * 976 * 976;
        assertTrue(start(tmp.resolve("b.enc")) >= 2 * c, "encrypted with Delta 2");
    }

    @Test
    void d2_aSameSequenceConflictStopsEncryptWithRecoverySteps(QuarkusMainLauncher l) throws Exception {
        twoDevices(l, false);
        Path snapshot = Files.createDirectory(tmp.resolve("snapshot"));
        copyEcs(ecsFile, snapshot);
        renew(a, "a1");
        Path afterA = Files.createDirectory(tmp.resolve("after-a"));
        copyEcs(ecsFile, afterA);
        restoreEcs(snapshot, ecsFile);
        renew(b, "b1");
        restoreEcs(afterA, ecsFile);
        LaunchResult r = b.run("encrypt", "-i", tmp.resolve("b1.txt").toString(), "-k", key, "-o", tmp.toString(), "-f", "x.enc");
        assertEquals(1, r.exitCode());
        assertTrue(r.getErrorOutput().contains("Delta sequence 2") && r.getErrorOutput().contains("hint: "), r.getErrorOutput());
        assertTrue(Files.notExists(tmp.resolve("x.enc")));
        assertEquals(1, b.run("view-key", "-k", key).exitCode(), "view-key detects the conflict too");
    }

    @Test
    void d3_aPerformanceHitMakesNoPull(QuarkusMainLauncher l) throws Exception {
        twoDevices(l, true);
        renew(a, "a1");
        b.ok("encrypt", "-i", Files.writeString(tmp.resolve("b.txt"), "b").toString(), "-k", key, "-o", tmp.toString(), "-f", "b.enc");
        assertEquals(1, localSeq(b), "served from B's PERFORMANCE cache in Delta 1: no reconciliation");
    }

    @Test
    void d4_decryptPullsOnlyUpToTheDeltaThatHoldsTheFile(QuarkusMainLauncher l) throws Exception {
        twoDevices(l, false);
        renew(a, "a1");
        renew(a, "a2");
        assertEquals(1, localSeq(b));
        Path back = Files.createDirectory(tmp.resolve("back"));
        b.ok("decrypt", "-i", tmp.resolve("a1.enc").toString(), "-o", back.toString());
        assertEquals("a1", Files.readString(back.resolve("a1.txt")));
        assertEquals(2, localSeq(b), "pulled Delta 2, which holds the file, and not Delta 3");
    }

    @Test
    void d5_importKeyPullsEveryDelta_d7_pullMissingDeltasCatchesUp(QuarkusMainLauncher l) throws Exception {
        twoDevices(l, false);
        renew(a, "a1");
        renew(a, "a2");
        Omega c = joined(l, "c");
        assertEquals(3, localSeq(c));
        LaunchResult pulled = b.ok("pull-missing-deltas", "-k", key);
        assertTrue(pulled.getOutput().contains("imported Delta seq 2") && pulled.getOutput().contains("imported Delta seq 3"),
                pulled.getOutput());
        assertTrue(pulled.getOutput().contains("Missing deltas: 2\n"), pulled.getOutput());
        assertTrue(pulled.getOutput().contains("Pull completed: imported=2, skipped=0"), pulled.getOutput());
        assertEquals(3, localSeq(b));
    }

    @Test
    void d8_importKeyDeltaRecoversFromAStoredDeltaFileWhileTheEcsIsUnavailable(QuarkusMainLauncher l) throws Exception {
        twoDevices(l, false);
        renew(a, "a1");
        JsonNode deltas = Omega.json(a.ok("view-key", "-k", key, "--json")).get("deltas");
        Path dir = Path.of(ecsFile + ".deltas").resolve(key);
        Path delta1 = dir.resolve(deltas.get(0).get("delta_uuid").asText() + ".sfc");
        Path delta2 = dir.resolve(deltas.get(1).get("delta_uuid").asText() + ".sfc");
        Path copy = Files.copy(delta2, tmp.resolve("delta2.sfc"));
        Files.move(ecsFile, tmp.resolve("ecs-away.sfc"));

        LaunchResult unconfirmed = b.run("import-key-delta", "-i", copy.toString());
        assertEquals(2, unconfirmed.exitCode());
        assertTrue(unconfirmed.getOutput().contains("WARNING: manual Delta import"), unconfirmed.getOutput());
        LaunchResult imported = b.ok("import-key-delta", "-i", copy.toString(), "--force");
        assertTrue(imported.getOutput().startsWith("Delta imported.") && imported.getOutput().contains("Sequence:         2"),
                imported.getOutput());
        assertTrue(b.ok("import-key-delta", "-i", copy.toString(), "--force").getOutput().startsWith("Delta already present"));
        assertTrue(b.ok("import-key-delta", "-i", delta1.toString(), "--force").getOutput().startsWith("Delta already present"));
        Path back = Files.createDirectory(tmp.resolve("back"));
        b.ok("decrypt", "-i", tmp.resolve("a1.enc").toString(), "-o", back.toString());
        assertEquals("a1", Files.readString(back.resolve("a1.txt")));
        LaunchResult notDelta = b.run("import-key-delta", "-i", tmp.resolve("a1.enc").toString(), "--force");
        assertEquals(1, notDelta.exitCode(), "a payload file is not a Delta");
    }

    @Test
    void fastForwardAbortsWhenTheEcsHasANewerDeltaAndOtherwiseMovesOnlyTheEcsPointer(QuarkusMainLauncher l) throws Exception {
        twoDevices(l, false);
        renew(a, "a1");
        byte[] ecsBefore = Files.readAllBytes(ecsFile);
        LaunchResult stale = b.run("fast-forward-claim", "-k", key, "-c", "10", "--force");
        assertEquals(1, stale.exitCode());
        assertTrue(stale.getErrorOutput().contains("newer Delta") && stale.getErrorOutput().contains("pull-missing-deltas"),
                stale.getErrorOutput());
        assertTrue(java.util.Arrays.equals(ecsBefore, Files.readAllBytes(ecsFile)), "the ECS was not changed");
        b.ok("pull-missing-deltas", "-k", key);
        long before = Omega.json(b.ok("view-key", "-k", key, "--json")).get("deltas").get(1).get("latest_claimed_global_position").asLong();
        b.ok("fast-forward-claim", "-k", key, "-c", "1000", "--force");
        JsonNode after = Omega.json(b.ok("view-key", "-k", key, "--json"));
        assertEquals(before + 1000, after.get("deltas").get(1).get("latest_claimed_global_position").asLong());
        assertEquals(2, b.run("fast-forward-claim", "-k", key, "-c", "1").exitCode(), "needs --force without a terminal");
    }

    @Test
    void deleteKeyCleansUpLocallyEvenWhenTheEcsIsUnavailable(QuarkusMainLauncher l) throws Exception {
        twoDevices(l, false);
        assertEquals(2, b.run("delete-key", "-k", key).exitCode(), "needs --force without a terminal");
        Files.move(ecsFile, tmp.resolve("away.sfc"));
        LaunchResult r = b.ok("delete-key", "-k", key, "--force");
        assertTrue(r.getOutput().contains("Delete-key completed for key " + key + "."), r.getOutput());
        assertTrue(r.getErrorOutput().contains("ECS delete failed"), r.getErrorOutput());
        assertEquals(0, Omega.json(b.ok("list-keys", "--json")).get("keys").size());
        Files.move(tmp.resolve("away.sfc"), ecsFile);
        assertEquals(1, Omega.json(a.ok("list-keys", "--json")).get("keys").size(), "A and the ECS keep the key");
    }

    /** A whole-ECS backup: the file with its mirror and witness (restoring them together cannot be detected). */
    private static void copyEcs(Path file, Path dir) throws Exception {
        Files.copy(file, dir.resolve("claims.sfc"));
        Files.copy(Path.of(file + ".mirror"), dir.resolve("claims.sfc.mirror"));
        Files.copy(Path.of(file + ".witness"), dir.resolve("claims.sfc.witness"));
        copyTree(Path.of(file + ".deltas"), dir.resolve("claims.sfc.deltas"));
    }

    private static void restoreEcs(Path dir, Path file) throws Exception {
        Files.copy(dir.resolve("claims.sfc"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("claims.sfc.mirror"), Path.of(file + ".mirror"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("claims.sfc.witness"), Path.of(file + ".witness"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path deltas = Path.of(file + ".deltas");
        try (var s = Files.walk(deltas)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        copyTree(dir.resolve("claims.sfc.deltas"), deltas);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
    }
}
