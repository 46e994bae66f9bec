package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import domain.position.PositionRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server going away: while it is stopped, encryption continues from the OFFLINE cache (M5) until it runs out,
 * then fails with exit code 3; after a restart the next encryption refills. When it is gone for good, Deltas kept in the
 * user's own bucket (BYOS) are fetched with an S3 client and imported by hand (D8).
 */
class HttpOutageIT {
    @TempDir
    Path tmp;

    @Test
    void encryptionRunsOnTheOfflineCacheWhileTheServerIsDownAndRefillsAfterItsRestart() throws Exception {
        try (OwnServer server = new OwnServer(OwnServer.dataDirectory()).start()) {
            Root a = Root.init(tmp, "a");
            a.httpEcs("server", server.url(), server.apiKey("create-user", "offline@example.com"));
            String key = a.smallKey("k");
            a.set("CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0");
            a.set("CACHE_OFFLINE_KEY_CAPACITY_GB", "0.00003");
            Path out = Files.createDirectory(tmp.resolve("out"));
            Path small = Root.randomFile(tmp, "small.bin", 5_000);
            a.ok("encrypt", "-i", small.toString(), "-k", key, "-o", out.toString(), "-f", "online.os");
            server.stop();
            Path ten = Root.randomFile(tmp, "ten.bin", 10_000);
            List<PositionRange> used = new ArrayList<>();
            used.add(Root.positions(out.resolve("online.os")));
            int offline = 0;
            Packaged.Run last;
            while (true) {
                last = a.run("encrypt", "-i", ten.toString(), "-k", key, "-o", out.toString(), "-f", "offline" + offline + ".os");
                if (last.process().exitValue() != 0) break;
                assertTrue(last.stderr().contains("is unavailable") && last.stderr().contains("OFFLINE cache"), last.stderr());
                used.add(Root.positions(out.resolve("offline" + offline + ".os")));
                offline++;
                assertTrue(offline < 10, "the OFFLINE cache of 30 KB cannot serve ten 10 KB files");
            }
            assertTrue(offline >= 1, "the OFFLINE cache served while the server was down: " + last.all());
            assertEquals(3, last.process().exitValue(), "insufficient OFFLINE cache while the ECS is unavailable: retry later. " + last.all());
            assertTrue(last.stderr().contains("insufficient OFFLINE cache: the ECS is unavailable"), last.stderr());
            server.start();
            a.ok("encrypt", "-i", ten.toString(), "-k", key, "-o", out.toString(), "-f", "after.os");
            used.add(Root.positions(out.resolve("after.os")));
            for (int i = 0; i < used.size(); i++) {
                for (int j = i + 1; j < used.size(); j++) assertFalse(used.get(i).overlaps(used.get(j)), used.toString());
            }
            Path back = Files.createDirectory(tmp.resolve("back"));
            a.ok("decrypt", "-i", out.resolve("after.os").toString(), "-o", back.toString());
            assertArrayEquals(Files.readAllBytes(ten), Files.readAllBytes(back.resolve("ten.bin")));
        }
    }

    @Test
    void withTheServerGoneForGoodDeltasInTheUsersOwnBucketAreImportedByHand() throws Exception {
        Path serverDir = OwnServer.dataDirectory();
        try (OwnServer server = new OwnServer(serverDir).start();
             S3Bucket bucket = new S3Bucket(Files.createDirectory(tmp.resolve("byos")), "my-deltas")) {
            String user = "byos@example.com";
            Root a = Root.init(tmp, "a");
            String ecsA = a.httpEcs("server", server.url(), server.apiKey("create-user", user));
            Packaged.Run created = a.ok("create-ecs-storage", "-e", ecsA, "-n", "mine", "-p", "r2", "-b", bucket.bucket, "-r", "auto",
                    "-u", bucket.endpoint(), "-m", "omegasafe", "-a", S3Bucket.IDENTITY, "-k", S3Bucket.CREDENTIAL);
            Matcher m = Pattern.compile("Storage UUID: (\\S+)").matcher(created.stdout());
            assertTrue(m.find(), created.stdout());
            String storage = m.group(1);
            JsonNode storages = a.json("list-ecs-storages", "-e", ecsA, "--json").get("storages");
            assertEquals(2, storages.size(), storages.toString());
            a.ok("create-key", "-k", "mine", "-n", "0.25", "-r", "0.25", "-c", "2", "-s", storage);
            String key = a.json("list-keys", "--json").get("keys").get(0).get("key_uuid").asText();
            Path alpha = tmp.resolve("alpha.key");
            a.ok("export-key", "-k", key, "-o", alpha.toString());
            Root b = Root.init(tmp, "b");
            String ecsB = b.httpEcs("server", server.url(), server.apiKey("create-api-key", user));
            b.ok("import-key", "-e", ecsB, "-i", alpha.toString());

            long left = a.json("list-keys", "--json").get("keys").get(0).get("latest_delta_capacity_left").get("remaining_bytes").asLong();
            a.ok("fast-forward-claim", "-k", key, "-c", Long.toString(left - 10), "-f");
            Path in = Root.randomFile(tmp, "secret.bin", 25_000);
            Path out = Files.createDirectory(tmp.resolve("out"));
            a.ok("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "secret.os");

            server.stop();
            org.junit.jupiter.api.Assertions.assertTrue(deleteTree(serverDir), "the server and its data are gone for good");
            Path back = Files.createDirectory(tmp.resolve("back"));
            Packaged.Run stuck = b.run("decrypt", "-i", out.resolve("secret.os").toString(), "-o", back.toString());
            assertEquals(3, stuck.process().exitValue(), "Delta 2 is not on B and the ECS is unavailable: " + stuck.all());

            String listing = new String(bucket.curl("?list-type=2&prefix=omegasafe%2F" + key + "%2F"));
            Matcher keys = Pattern.compile("<Key>(omegasafe/" + key + "/[0-9a-f-]{36})</Key>").matcher(listing);
            List<Path> downloaded = new ArrayList<>();
            while (keys.find()) {
                Path f = tmp.resolve(keys.group(1).substring(keys.group(1).lastIndexOf('/') + 1) + ".delta");
                Files.write(f, bucket.curl("/" + keys.group(1)));
                downloaded.add(f);
            }
            assertEquals(2, downloaded.size(), "Delta 1 and Delta 2 lie in the user's bucket at {remote_path}/{key_uuid}/{delta_uuid}: " + listing);
            int imported = 0;
            for (Path f : downloaded) {
                Packaged.Run r = b.ok("import-key-delta", "-i", f.toString(), "-f");
                if (r.stdout().contains("Delta imported.")) imported++;
            }
            assertEquals(1, imported, "B had Delta 1; Delta 2 comes from the bucket");
            b.ok("decrypt", "-i", out.resolve("secret.os").toString(), "-o", back.toString());
            assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(back.resolve("secret.bin")));
        }
    }

    private static boolean deleteTree(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
        return Files.notExists(dir);
    }
}
