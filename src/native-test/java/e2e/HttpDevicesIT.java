package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import support.EcsServer;

/**
 * Two devices of one user and two users, through the real OmegaSafe API server (bin/ecs-server: PostgreSQL, S3Proxy,
 * HTTPS): Deltas travel only as presigned uploads and downloads, Alphas only out of band, and a user not invited to a
 * key gets nothing from the server.
 */
class HttpDevicesIT {
    @TempDir
    Path tmp;

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    private void encrypt(Root r, String key, Path in, Path out, String name) throws Exception {
        r.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", name);
    }

    private void assertDecrypts(Root r, Path encrypted, Path original) throws Exception {
        Path back = Files.createDirectories(tmp.resolve("back-" + r.dir.getFileName() + "-" + UUID.randomUUID()));
        r.ok("decrypt", "-i", encrypted.toString(), "-o", back.toString());
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(back.resolve(original.getFileName())));
    }

    private static void exhaustLatestDelta(Root r, String key) throws Exception {
        long left = r.json("view-key", "-k", key, "--json").get("key_summary").get("latest_delta_capacity_left").get("remaining_bytes").asLong();
        // the caches of a SMALL key (25 % of an iteration each) may have claimed it all already
        if (left > 10) r.ok("fast-forward-claim", "-k", key, "-c", Long.toString(left - 10), "-f");
    }

    @Test
    void twoDevicesOfOneUserShareAKeyThroughPresignedDeltas() throws Exception {
        EcsServer server = EcsServer.get();
        String user = unique("owner");
        Root a = Root.init(tmp, "a");
        a.httpEcs("server", server.url(), server.apiKey(user));
        String key = a.smallKey("shared");
        JsonNode ecsData = a.json("view-key", "-k", key, "--json").get("ecs_key_data");
        assertTrue(ecsData.get("storage_is_internal").asBoolean(), ecsData.toString());
        assertEquals("Owner", ecsData.get("key_role_name").asText());
        Path in1 = Root.randomFile(tmp, "one.bin", 50_000);
        Path out = Files.createDirectory(tmp.resolve("out"));
        encrypt(a, key, in1, out, "one.os");

        Root b = Root.init(tmp, "b");
        String ecsB = b.httpEcs("server", server.url(), server.newApiKey(user));
        Path alpha = tmp.resolve("alpha.key");
        a.ok("export-key", "-k", key, "-o", alpha.toString());
        b.ok("import-key", "-e", ecsB, "-i", alpha.toString());
        assertDecrypts(b, out.resolve("one.os"), in1);

        exhaustLatestDelta(a, key);
        a.noCache();
        Path in2 = Root.randomFile(tmp, "two.bin", 40_000);
        encrypt(a, key, in2, out, "two.os");
        assertEquals(2, a.json("view-key", "-k", key, "--json").get("key_summary").get("latest_delta_sequence").asInt(), "renewed");
        assertDecrypts(b, out.resolve("two.os"), in2);
        assertEquals(2, b.json("view-key", "-k", key, "--json").get("local_key_data").get("latest_delta_iteration_sequence").asInt(),
                "B pulled Delta 2 from the server to decrypt");
    }

    @Test
    void anotherUserSeesNothingUntilInvitedThenSharesTheKeyBothWays() throws Exception {
        EcsServer server = EcsServer.get();
        String owner = unique("owner");
        String other = unique("colleague");
        Root a = Root.init(tmp, "a");
        a.httpEcs("server", server.url(), server.apiKey(owner));
        String key = a.smallKey("team");
        Path fromA = Root.randomFile(tmp, "from-a.bin", 30_000);
        Path out = Files.createDirectory(tmp.resolve("out"));
        encrypt(a, key, fromA, out, "from-a.os");
        Path alpha = tmp.resolve("alpha.key");
        a.ok("export-key", "-k", key, "-o", alpha.toString());

        Root c = Root.init(tmp, "c");
        String otherKey = server.apiKey(other);
        String ecsC = c.httpEcs("server", server.url(), otherKey);
        Packaged.Run refused = c.run("import-key", "-e", ecsC, "-i", alpha.toString());
        assertEquals(1, refused.process().exitValue(), refused.all());
        assertTrue(refused.stderr().contains("is not registered in ECS 'server'") && refused.stderr().contains("invite"), refused.stderr());
        assertEquals(0, c.json("list-keys", "--json").get("keys").size(), "nothing imported");

        server.share(server.apiKey(owner), UUID.fromString(key), other, "Maintainer", otherKey);
        c.ok("import-key", "-e", ecsC, "-i", alpha.toString());
        assertEquals("Maintainer", c.json("view-key", "-k", key, "--json").get("ecs_key_data").get("key_role_name").asText());
        assertDecrypts(c, out.resolve("from-a.os"), fromA);
        Path fromC = Root.randomFile(tmp, "from-c.bin", 20_000);
        encrypt(c, key, fromC, out, "from-c.os");
        assertDecrypts(a, out.resolve("from-c.os"), fromC);
        c.ok("edit-key", "-k", key, "-n", "renamed by a Maintainer");
        assertEquals("renamed by a Maintainer", a.json("view-key", "-k", key, "--json").get("key_summary").get("key_name_ecs").asText());
    }

    @Test
    void aRenewalRaceBetweenTwoDevicesHasOneWinnerAndTheOtherRollsBackThenPullsIt() throws Exception {
        EcsServer server = EcsServer.get();
        String user = unique("racer");
        Root a = Root.init(tmp, "a");
        a.httpEcs("server", server.url(), server.apiKey(user));
        Root b = Root.init(tmp, "b");
        String ecsB = b.httpEcs("server", server.url(), server.newApiKey(user));
        Path out = Files.createDirectory(tmp.resolve("out"));
        List<String> conflicts = new ArrayList<>();
        // without caches: positions B cached at import would let it encrypt in Delta 1 and never race
        a.noCache();
        b.noCache();
        for (int round = 0; round < 3 && conflicts.isEmpty(); round++) {
            String key = a.smallKey("race-" + round);
            Path alpha = tmp.resolve("alpha-" + round + ".key");
            a.ok("export-key", "-k", key, "-o", alpha.toString());
            b.ok("import-key", "-e", ecsB, "-i", alpha.toString());
            exhaustLatestDelta(a, key);
            Path ia = Root.randomFile(tmp, "a-" + round + ".bin", 10_000);
            Path ib = Root.randomFile(tmp, "b-" + round + ".bin", 10_000);
            Packaged.Run ra = a.start("encrypt", "-i", ia.toString(), "-k", key, "-o", out.toString(), "-f", "a" + round + ".os");
            Packaged.Run rb = b.start("encrypt", "-i", ib.toString(), "-k", key, "-o", out.toString(), "-f", "b" + round + ".os");
            int ea = ra.await();
            int eb = rb.await();
            assertTrue(ea == 0 || eb == 0, "one of the two renewals wins: " + ra.all() + rb.all());
            for (var loser : List.of(new Object[] {ea, ra, a, ia, "a" + round + ".os"}, new Object[] {eb, rb, b, ib, "b" + round + ".os"})) {
                if ((int) loser[0] == 0) continue;
                Packaged.Run run = (Packaged.Run) loser[1];
                assertTrue(run.stderr().contains("key renewal conflicted with the ECS") && run.stderr().contains("rolled back"), run.all());
                conflicts.add(run.stderr());
                Root r = (Root) loser[2];
                assertFalse(Files.exists(out.resolve((String) loser[4])), "no output from the failed run");
                r.ok("encrypt", "-i", loser[3].toString(), "-k", key, "-o", out.toString(), "-f", (String) loser[4]);
            }
            var viewA = a.json("view-key", "-k", key, "--json");
            var viewB = b.json("view-key", "-k", key, "--json");
            String story = "\nA (exit " + ea + "): " + ra.all() + "\nB (exit " + eb + "): " + rb.all() + "\nview A: " + viewA + "\nview B: " + viewB;
            assertEquals(2, viewA.get("key_summary").get("latest_delta_sequence").asInt(), story);
            assertEquals(viewA.get("key_summary").get("latest_delta_uuid").asText(),
                    viewA.get("local_key_data").get("latest_delta_iteration_uuid").asText(), "A holds the ECS's Delta 2" + story);
            assertEquals(viewA.get("key_summary").get("latest_delta_uuid").asText(),
                    viewB.get("local_key_data").get("latest_delta_iteration_uuid").asText(), "both devices hold the winner's Delta 2" + story);
            assertDecrypts(a, out.resolve("b" + round + ".os"), ib);
            assertDecrypts(b, out.resolve("a" + round + ".os"), ia);
        }
        assertFalse(conflicts.isEmpty(), "in three races of two simultaneous renewals, one conflicted and rolled back");
    }
}
