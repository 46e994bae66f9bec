package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.position.PositionRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local state restored from a backup or reached through a symbolic link never makes a position be used twice:
 * a restored claim cache loses its local claims, a restored SFC ECS file is brought forward from its mirror,
 * a copy without its mirror is refused, and a symbolic link to the shared ECS file reaches the one real file.
 */
class RestoreIT {
    @TempDir
    Path tmp;

    private static void restore(Path backup, Path file) throws Exception {
        Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static void assertDisjoint(List<PositionRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                assertFalse(ranges.get(i).overlaps(ranges.get(j)), "outputs " + i + " and " + j + ": " + ranges);
            }
        }
    }

    @Test
    void aClaimCacheRestoredFromABackupNeverHandsOutAPositionAgain() throws Exception {
        Root a = Root.init(tmp, "a");
        a.sfcEcs("local", a.dir.resolve("claims.sfc"));
        String key = a.smallKey("k1");
        Path z = Files.write(tmp.resolve("z"), new byte[1000]);
        Path out = Files.createDirectory(tmp.resolve("out"));
        Path cache = a.dir.resolve("local_cache.sfc");
        Path backup = tmp.resolve("cache.bak");
        List<PositionRange> used = new ArrayList<>();
        a.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "1");
        used.add(Root.positions(out.resolve("1")));
        Files.copy(cache, backup, StandardCopyOption.COPY_ATTRIBUTES);
        a.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "2");
        used.add(Root.positions(out.resolve("2")));
        restore(backup, cache);
        Packaged.Run third = a.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "3");
        used.add(Root.positions(out.resolve("3")));
        assertDisjoint(used);
        assertTrue(third.stderr().contains("not the file last written there") && third.stderr().contains("local claims were dropped"),
                third.stderr());
        Files.delete(a.dir.resolve("local_cache.sfc.witness"));
        a.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "4");
        used.add(Root.positions(out.resolve("4")));
        assertDisjoint(used);
        Packaged.Run fifth = a.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "5");
        assertFalse(fifth.stderr().contains("not the file last written"), "trusted again once rewritten: " + fifth.stderr());
    }

    @Test
    void aSharedSfcEcsFileRestoredFromAnOlderCopyIsBroughtForwardFromItsMirror() throws Exception {
        Path shared = Files.createDirectory(tmp.resolve("shared"));
        Path ecs = shared.resolve("claims.sfc");
        Root a = Root.init(tmp, "a");
        a.sfcEcs("shared", ecs);
        String key = a.smallKey("k1");
        Path alpha = tmp.resolve("alpha.key");
        a.ok("export-key", "-k", key, "-o", alpha.toString());
        Root b = Root.init(tmp, "b");
        String ecsB = b.sfcEcs("shared", ecs);
        b.ok("import-key", "-e", ecsB, "-i", alpha.toString());
        a.noCache();
        b.noCache();
        Path z = Files.write(tmp.resolve("z"), new byte[1000]);
        Path out = Files.createDirectory(tmp.resolve("out"));
        List<PositionRange> used = new ArrayList<>();
        a.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "a1");
        used.add(Root.positions(out.resolve("a1")));
        Path backup = tmp.resolve("claims.bak");
        Files.copy(ecs, backup, StandardCopyOption.COPY_ATTRIBUTES);
        a.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "a2");
        used.add(Root.positions(out.resolve("a2")));
        restore(backup, ecs);
        Packaged.Run fromB = b.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "b1");
        used.add(Root.positions(out.resolve("b1")));
        assertDisjoint(used);
        assertTrue(fromB.stderr().contains("brought forward from its mirror"), fromB.stderr());

        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere")).resolve("claims.sfc");
        Files.copy(ecs, elsewhere, StandardCopyOption.COPY_ATTRIBUTES);
        Root c = Root.init(tmp, "c");
        Packaged.Run copy = c.run("create-sfc-ecs", "-n", "copy", "-p", elsewhere.toString(), "-y");
        assertEquals(1, copy.process().exitValue(), copy.all());
        assertTrue(copy.stderr().contains("has no mirror to check it against"), copy.stderr());
    }

    @Test
    void aSymbolicLinkToTheSharedEcsFileReachesTheOneRealFile() throws Exception {
        Path shared = Files.createDirectory(tmp.resolve("shared"));
        Path ecs = shared.resolve("claims.sfc");
        Root a = Root.init(tmp, "a");
        a.sfcEcs("shared", ecs);
        String key = a.smallKey("k1");
        Path alpha = tmp.resolve("alpha.key");
        a.ok("export-key", "-k", key, "-o", alpha.toString());
        Path link = Files.createSymbolicLink(tmp.resolve("link.sfc"), ecs);
        Root b = Root.init(tmp, "b");
        Packaged.Run attached = b.ok("create-sfc-ecs", "-n", "via-link", "-p", link.toString(), "-y");
        assertTrue(attached.stdout().contains("attached to existing file: " + ecs.toRealPath()), attached.stdout());
        String ecsB = b.json("list-ecs", "--json").get("entries").get(0).get("ecs_uuid").asText();
        assertEquals(ecs.toRealPath().toString(), b.json("list-ecs", "--json").get("entries").get(0).get("path").asText());
        b.ok("import-key", "-e", ecsB, "-i", alpha.toString());
        a.noCache();
        b.noCache();
        Path z = Files.write(tmp.resolve("z"), new byte[1000]);
        Path out = Files.createDirectory(tmp.resolve("out"));
        List<PositionRange> used = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            a.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "a" + i);
            b.ok("encrypt", "-i", z.toString(), "-k", key, "-o", out.toString(), "-f", "b" + i);
            used.add(Root.positions(out.resolve("a" + i)));
            used.add(Root.positions(out.resolve("b" + i)));
        }
        assertDisjoint(used);
        assertTrue(Files.isSymbolicLink(link), "the link was never replaced by a file");
        assertFalse(Files.exists(tmp.resolve("link.sfc.lock")), "no lock beside the link: the real file is locked");
        Packaged.Run again = b.run("create-sfc-ecs", "-n", "twice", "-p", link.toString(), "-y");
        assertEquals(1, again.process().exitValue());
        assertTrue(again.stderr().contains("already uses " + ecs.toRealPath()), again.stderr());
        assertNotEquals(used.get(0).start(), used.get(1).start());
    }
}
