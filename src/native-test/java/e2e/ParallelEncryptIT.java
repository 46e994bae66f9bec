package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adapters.out.file.EncryptedFileContainer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import application.port.out.EncryptedFileFormat;
import domain.position.PositionRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight {@code omegasafe encrypt} processes at once on one config root and one key, with cache sizes so
 * small that every one of them goes to the SFC ECS: no two outputs share a position, every range lies in
 * what the ECS recorded as claimed, and every file decrypts.
 */
class ParallelEncryptIT {
    private static final int PROCESSES = 8;
    private static final Map<String, String> ENV = Map.of();

    @TempDir
    Path tmp;



    @Test
    void eightProcessesNeverShareAPosition() throws Exception {
        Path cfg = Files.createDirectory(tmp.resolve("cfg"));
        String d = cfg.toString();
        Packaged.ok(tmp, "init", ENV, "init", "-d", d, "--skip-http-ecs");
        Packaged.ok(tmp, "ecs", ENV, "create-sfc-ecs", "-d", d, "-n", "local", "-p", cfg.resolve("claims.sfc").toString(), "-y");
        Packaged.ok(tmp, "key", ENV, "create-key", "-d", d, "-k", "par", "-n", "0.25", "-r", "0.25", "-c", "2");
        String key = new ObjectMapper().readTree(Packaged.ok(tmp, "list", ENV, "list-keys", "-d", d, "--json").stdout())
                .get("keys").get(0).get("key_uuid").asText();
        Path ini = cfg.resolve("config.ini");
        Files.writeString(ini, Files.readString(ini)
                .replaceAll("(?m)^CACHE_PERFORMANCE_KEY_CAPACITY_GB\\s*=.*$", "CACHE_PERFORMANCE_KEY_CAPACITY_GB = 0.00002")
                .replaceAll("(?m)^CACHE_OFFLINE_KEY_CAPACITY_GB\\s*=.*$", "CACHE_OFFLINE_KEY_CAPACITY_GB = 0.00003"));

        Path out = Files.createDirectory(tmp.resolve("out"));
        List<Path> inputs = new ArrayList<>();
        List<Packaged.Run> runs = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            byte[] data = new byte[30_000 + i * 1_111];
            new Random(i).nextBytes(data);
            Path input = Files.write(tmp.resolve("in-" + i + ".bin"), data);
            inputs.add(input);
        }
        for (int i = 0; i < PROCESSES; i++) {
            runs.add(Packaged.start(tmp, "enc" + i, ENV, "encrypt", "-d", d, "-i", inputs.get(i).toString(), "-k", key,
                    "-o", out.toString(), "-f", "f" + i + ".omegasafe"));
        }
        for (int i = 0; i < PROCESSES; i++) {
            Packaged.Run r = runs.get(i);
            assertEquals(0, r.await(), "encrypt " + i + ": " + r.all());
        }

        List<PositionRange> ranges = new ArrayList<>();
        EncryptedFileFormat format = new EncryptedFileContainer();
        for (int i = 0; i < PROCESSES; i++) {
            try (EncryptedFileFormat.Opened o = format.open(out.resolve("f" + i + ".omegasafe"), Optional.empty())) {
                ranges.add(PositionRange.ofSize(o.metadata().globalPositionStart(), o.dataLength()));
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                assertFalse(ranges.get(i).overlaps(ranges.get(j)), "files " + i + " and " + j + ": " + ranges.get(i) + " " + ranges.get(j));
            }
        }
        JsonNode k = new ObjectMapper().readTree(Packaged.ok(tmp, "list2", ENV, "list-keys", "-d", d, "--json").stdout()).get("keys").get(0);
        long c = k.get("maximum_file_size_for_encryption").get("bytes").asLong();
        long latestClaimed = 2 * c - 1 - k.get("latest_delta_capacity_left").get("remaining_bytes").asLong();
        for (PositionRange r : ranges) {
            assertTrue(r.start() >= c && r.end() <= latestClaimed, r + " lies outside the ECS claims [" + c + ", " + latestClaimed + "]");
        }

        Path back = Files.createDirectory(tmp.resolve("back"));
        for (int i = 0; i < PROCESSES; i++) {
            Packaged.ok(tmp, "dec" + i, ENV, "decrypt", "-d", d, "-i", out.resolve("f" + i + ".omegasafe").toString(), "-o", back.toString());
            assertArrayEquals(Files.readAllBytes(inputs.get(i)), Files.readAllBytes(back.resolve("in-" + i + ".bin")));
        }
    }
}
