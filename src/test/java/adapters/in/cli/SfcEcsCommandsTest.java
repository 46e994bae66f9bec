package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ECS commands on an SFC ECS: what applies (edit-ecs with and without moving the file, export-ecs and
 * import-ecs, list-ecs-storages with its note) and what is refused with a usage error naming the other type
 * (storages, limits, edit-key, create-key --storage-uuid), plus init's HTTP options without --create-http-ecs.
 */
@QuarkusMainTest
class SfcEcsCommandsTest {
    @TempDir
    Path tmp;

    /** Exit code 2 and an {@code error:} line holding {@code contains} (warnings may come before it). */
    private static void assertUsage(LaunchResult r, String contains) {
        assertEquals(2, r.exitCode(), r.getOutput() + r.getErrorOutput());
        assertTrue(r.getErrorOutput().lines().anyMatch(line -> line.startsWith("error: ") && line.contains(contains)), r.getErrorOutput());
    }

    private static String ecsUuid(Omega o) throws Exception {
        return Omega.json(o.ok("list-ecs", "--json")).get("entries").get(0).get("ecs_uuid").asText();
    }

    @Test
    void editEcsRenamesAndMovesTheFileWithEverythingBesideIt(QuarkusMainLauncher l) throws Exception {
        Omega o = new Omega(l, Files.createDirectory(tmp.resolve("cfg")));
        String key = o.setUpKey();
        String ecs = ecsUuid(o);
        Path moved = tmp.resolve("moved.sfc");
        LaunchResult r = o.ok("edit-ecs", "-e", ecs, "-n", "renamed", "-p", moved.toString(), "-m");
        assertTrue(r.getOutput().contains("name: local -> renamed") && r.getOutput().contains("(file moved)"), r.getOutput());
        assertTrue(Files.exists(moved) && Files.exists(Path.of(moved + ".witness")) && Files.exists(Path.of(moved + ".mirror"))
                && Files.isDirectory(Path.of(moved + ".deltas")));
        assertFalse(Files.exists(o.root.resolve("claims.sfc")));
        JsonNode entry = Omega.json(o.ok("list-ecs", "--json")).get("entries").get(0);
        assertEquals("renamed", entry.get("ecs_name").asText());
        assertEquals(moved.toString(), entry.get("path").asText());
        o.set("CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0");
        Path in = Files.writeString(tmp.resolve("in.txt"), "after the move");
        o.ok("encrypt", "-i", in.toString(), "-k", key, "-o", tmp.toString(), "-f", "in.os");
        assertUsage(o.run("edit-ecs", "-e", ecs, "-p", tmp.resolve("x.sfc").toString()), "--move-file");
        assertUsage(o.run("edit-ecs", "-e", ecs, "-u", "example.com"), "a URL or API key applies to HTTP ECS only");
        Path manual = tmp.resolve("manual.sfc");
        Files.move(moved, manual);
        for (String s : new String[] {".witness", ".mirror", ".deltas"}) Files.move(Path.of(moved + s), Path.of(manual + s));
        LaunchResult reference = o.ok("edit-ecs", "-e", ecs, "-p", manual.toString(), "-x");
        assertTrue(reference.getOutput().contains("(reference only)"), reference.getOutput());
        o.ok("encrypt", "-i", in.toString(), "-k", key, "-o", tmp.toString(), "-f", "in2.os");
        assertEquals(1, o.run("edit-ecs", "-e", ecs, "-p", tmp.resolve("nothing-here.sfc").toString(), "-x").exitCode(),
                "a reference to a file that is not there is refused");
    }

    @Test
    void anSfcEcsConnectionTravelsToAnotherRootProtectedByDefault(QuarkusMainLauncher l) throws Exception {
        Omega a = new Omega(l, Files.createDirectory(tmp.resolve("a")));
        a.setUpKey();
        String ecs = ecsUuid(a);
        Path plain = tmp.resolve("ecs.plain");
        a.ok("export-ecs", "-e", ecs, "-o", plain.toString(), "--plain");
        assertUsage(a.run("export-ecs", "-e", ecs, "-o", tmp.resolve("ecs.protected").toString()), "OMEGASAFE_EXPORT_PASSPHRASE");
        assertUsage(a.run("export-ecs", "-e", ecs, "-o", tmp.resolve("x").toString(), "--plain", "-P"), "exclude each other");
        Omega b = new Omega(l, Files.createDirectory(tmp.resolve("b")));
        b.ok("init", "--skip-http-ecs");
        LaunchResult imported = b.ok("import-ecs", "-i", plain.toString());
        assertTrue(imported.getOutput().contains("ECS UUID: " + ecs), imported.getOutput());
        assertEquals(ecs, ecsUuid(b), "the same ECS identity on both roots");
        assertEquals(1, b.run("import-ecs", "-i", plain.toString()).exitCode(), "an ECS already configured is refused");
    }

    @Test
    void httpOnlyOperationsAreRefusedOnAnSfcEcsWithAUsageError(QuarkusMainLauncher l) throws Exception {
        Omega o = new Omega(l, Files.createDirectory(tmp.resolve("cfg")));
        String key = o.setUpKey();
        String ecs = ecsUuid(o);
        LaunchResult storages = o.ok("list-ecs-storages", "-e", ecs, "--json");
        JsonNode s = Omega.json(storages);
        assertEquals(0, s.get("storages").size());
        assertTrue(s.get("note").asText().contains("SFC ECS"), s.toString());
        assertEquals("SFC", s.get("ecs_type").asText());
        assertUsage(o.run("view-ecs-storage", "-e", ecs, "-s", java.util.UUID.randomUUID().toString()), "HTTP ECS only");
        assertUsage(o.run("create-ecs-storage", "-e", ecs, "-n", "s", "-p", "r2", "-b", "bucket", "-r", "auto", "-u",
                "https://r2.example.com", "-a", "id", "-k", "secret"), "HTTP ECS only");
        assertUsage(o.run("delete-ecs-storage", "-e", ecs, "-s", java.util.UUID.randomUUID().toString(), "-f"), "HTTP ECS only");
        assertUsage(o.run("key-storage-limits", "-k", key), "HTTP ECS only");
        assertUsage(o.run("edit-key", "-k", key, "-n", "x"), "HTTP ECS only");
        assertUsage(o.run("create-key", "-k", "k2", "-n", "0.25", "-r", "0.25", "-c", "2", "-s", java.util.UUID.randomUUID().toString()),
                "storage selection applies to HTTP ECS only");
        assertUsage(o.run("edit-key", "-k", key), "nothing to change");
    }

    @Test
    void initRefusesHttpOptionsWithoutCreateHttpEcsAndHttpValuesAreNeverAskedWithoutATerminal(QuarkusMainLauncher l) throws Exception {
        Omega o = new Omega(l, Files.createDirectory(tmp.resolve("cfg")));
        assertUsage(o.run("init", "-n", "remote", "-u", "ecs.example.com", "-k", "key"), "need --create-http-ecs");
        assertFalse(Files.exists(o.root.resolve("config.ini")), "nothing initialised");
        assertUsage(o.run("init", "-c", "-s"), "exclude each other");
        assertUsage(o.run("init", "-c", "-n", "remote"), "pass --http-ecs-url");
        o.ok("init", "--skip-http-ecs");
        assertUsage(o.run("create-http-ecs", "-n", "remote", "-u", "ecs.example.com"), "pass --api-key");
        assertUsage(o.run("create-http-ecs", "-n", "remote", "-u", "https://ecs.example.com", "-k", "key"), "takes no scheme");
    }
}
