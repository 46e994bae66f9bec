package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import domain.position.PositionRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import support.EcsServer;

/** Eight parallel encryptions on each of two devices against one server: every output decrypts, no range overlaps. */
class HttpParallelIT {
    private static final int PER_DEVICE = 8;

    @TempDir
    Path tmp;

    @Test
    void sixteenProcessesOnTwoDevicesNeverShareAPosition() throws Exception {
        EcsServer server = EcsServer.get();
        String user = "parallel-" + UUID.randomUUID() + "@example.com";
        Root a = Root.init(tmp, "a");
        a.httpEcs("server", server.url(), server.apiKey(user));
        String key = a.smallKey("parallel");
        Path alpha = tmp.resolve("alpha.key");
        a.ok("export-key", "-k", key, "-o", alpha.toString());
        Root b = Root.init(tmp, "b");
        b.ok("import-key", "-e", b.httpEcs("server", server.url(), server.newApiKey(user)), "-i", alpha.toString());
        for (Root r : List.of(a, b)) {
            r.set("CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0.00002");
            r.set("CACHE_OFFLINE_KEY_CAPACITY_GB", "0.00003");
        }
        Path out = Files.createDirectory(tmp.resolve("out"));
        List<Packaged.Run> runs = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < 2 * PER_DEVICE; i++) {
            Path in = Root.randomFile(tmp, "in-" + i + ".bin", 20_000 + 997 * i);
            inputs.add(in);
            Root r = i < PER_DEVICE ? a : b;
            runs.add(r.start("encrypt", "-i", in.toString(), "-k", key, "-o", out.toString(), "-f", "f" + i + ".os"));
        }
        for (int i = 0; i < runs.size(); i++) assertEquals(0, runs.get(i).await(), "encrypt " + i + ": " + runs.get(i).all());
        List<PositionRange> ranges = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) ranges.add(Root.positions(out.resolve("f" + i + ".os")));
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                assertFalse(ranges.get(i).overlaps(ranges.get(j)), "outputs " + i + " and " + j + ": " + ranges.get(i) + " " + ranges.get(j));
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            Root other = i < PER_DEVICE ? b : a;
            Path back = Files.createDirectories(tmp.resolve("back-" + i));
            other.ok("decrypt", "-i", out.resolve("f" + i + ".os").toString(), "-o", back.toString());
            assertArrayEquals(Files.readAllBytes(inputs.get(i)), Files.readAllBytes(back.resolve(inputs.get(i).getFileName())));
        }
    }
}
