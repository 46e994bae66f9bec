package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two devices on one SFC ECS: A exhausts Delta 1 with fast-forward-claim and encrypts again, which
 * renews the key to Delta 2; B, which only has Delta 1, decrypts that file by pulling Delta 2 (D4).
 */
@QuarkusMainTest
class RenewalCommandTest {

    @TempDir
    Path tmp;


    @Test
    void exhaustionRenewsTheKeyAndTheOtherDevicePullsTheNewDelta(QuarkusMainLauncher launcher) throws Exception {
        Omega a = new Omega(launcher, Files.createDirectory(tmp.resolve("a")));
        String key = a.setUpKey();
        Omega.set(a.root, "CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0");
        Omega.set(a.root, "CACHE_OFFLINE_KEY_CAPACITY_GB", "0");
        byte[] data = new byte[20_000];
        new Random(4).nextBytes(data);
        Path input = Files.write(tmp.resolve("doc.bin"), data);
        a.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "one.enc");
        Path export = tmp.resolve("alpha.export");
        a.ok("export-key", "-k", key, "-o", export.toString());

        Omega b = new Omega(launcher, Files.createDirectory(tmp.resolve("b")));
        b.ok("init", "--skip-http-ecs");
        b.ok("create-sfc-ecs", "-n", "shared", "-p", a.root.resolve("claims.sfc").toString(), "-y");
        String ecsUuid = Omega.json(b.ok("list-ecs", "--json")).get("entries").get(0).get("ecs_uuid").asText();
        b.ok("import-key", "-e", ecsUuid, "-i", export.toString());
        Path backB = Files.createDirectory(tmp.resolve("back-b"));
        b.ok("decrypt", "-i", tmp.resolve("one.enc").toString(), "-o", backB.toString());
        assertArrayEquals(data, Files.readAllBytes(backB.resolve("doc.bin")));

        JsonNode before = Omega.json(a.ok("list-keys", "--json")).get("keys").get(0);
        long left = before.get("latest_delta_capacity_left").get("remaining_bytes").asLong();
        LaunchResult ff = a.ok("fast-forward-claim", "-k", key, "-c", Long.toString(left), "--force");
        assertTrue(ff.getOutput().contains("0 positions left"), ff.getOutput());
        assertEquals(1, a.run("fast-forward-claim", "-k", key, "-c", "1", "--force").exitCode(), "nothing left to claim");

        a.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "two.enc");
        JsonNode after = Omega.json(a.ok("view-key", "-k", key, "--json"));
        assertEquals(2, after.get("local_key_data").get("latest_delta_iteration_sequence").asInt());
        assertEquals(2, after.get("deltas").size());

        Files.delete(backB.resolve("doc.bin"));
        b.ok("decrypt", "-i", tmp.resolve("two.enc").toString(), "-o", backB.toString());
        assertArrayEquals(data, Files.readAllBytes(backB.resolve("doc.bin")));
        assertEquals(3, Omega.json(b.ok("view-key", "-k", key, "--json")).get("local_key_data").get("iterations_count").asInt(),
                "B holds Alpha, Delta 1 and the pulled Delta 2");

        LaunchResult stale = b.run("fast-forward-claim", "-k", key, "-c", "1", "--force");
        assertEquals(0, stale.exitCode(), "B pulled Delta 2 while decrypting, so it is current: " + stale.getErrorOutput());

        a.ok("delete-key", "-k", key, "--force");
        assertEquals(0, Omega.json(a.ok("list-keys", "--json")).get("keys").size());
        LaunchResult gone = b.run("pull-missing-deltas", "-k", key);
        assertEquals(1, gone.exitCode(), "the key is gone from the ECS: " + gone.getOutput());
    }
}
