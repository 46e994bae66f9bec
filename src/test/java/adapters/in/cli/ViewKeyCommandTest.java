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
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code view-key --json}: local key data, local cache data after an encryption, ECS data and Deltas. */
@QuarkusMainTest
class ViewKeyCommandTest {

    @TempDir
    Path tmp;

    @Test
    void showsTheCacheClaimsTheFirstEncryptionCreated(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        String key = omega.setUpKey();
        Path input = Files.write(tmp.resolve("x.bin"), new byte[5000]);
        omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "x.enc");
        long dataLength;
        try (var o = new EncryptedFileContainer().open(tmp.resolve("x.enc"), Optional.empty())) {
            dataLength = o.dataLength();
        }
        JsonNode v = Omega.json(omega.ok("view-key", "-k", key, "--json"));
        assertEquals(1, v.get("schema_version").asInt());
        long c = 976L * 976 * 976; // SMALL
        long quarter = c / 4;      // default 10 GB chunk and target, capped at 25 % of C
        JsonNode local = v.get("local_key_data");
        assertEquals(c, local.get("key_capacity").asLong());
        assertEquals(0, local.get("alpha_iteration_sequence").asInt());
        assertEquals(1, local.get("latest_delta_iteration_sequence").asInt());
        assertEquals(2, local.get("iterations_count").asInt());
        JsonNode cache = v.get("local_cache_data");
        assertEquals(local.get("latest_iteration_uuid").asText(), cache.get("key_iteration_uuid").asText());
        assertEquals(2, cache.get("local_claims_count").asInt());
        assertEquals(1, cache.get("local_claims_by_reason").get("performance").asInt());
        assertEquals(1, cache.get("local_claims_by_reason").get("offline").asInt());
        assertEquals(quarter - dataLength, cache.get("performance_capacity_left").get("remaining_bytes").asLong());
        assertEquals(quarter, cache.get("offline_capacity_left").get("remaining_bytes").asLong());
        JsonNode delta = v.get("deltas").get(0);
        assertEquals(1, delta.get("seq_number").asInt());
        assertEquals(c, delta.get("start_global_position").asLong());
        assertEquals(c + 2 * quarter - 1, delta.get("latest_claimed_global_position").asLong());
        assertEquals("k1", v.get("ecs_key_data").get("key_name").asText());
        assertEquals("available", v.get("key_summary").get("external_claims_storage_status").asText());
    }

    @Test
    void ecsUnreachableGivesPartialOutputAndAnUnknownKeyNamesImportKey(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        String key = omega.setUpKey();
        Files.move(omega.root.resolve("claims.sfc"), omega.root.resolve("claims.sfc.away"));
        LaunchResult r = omega.ok("view-key", "-k", key, "--json");
        JsonNode v = Omega.json(r);
        assertTrue(v.get("ecs_key_data").get("key_name").isNull());
        assertEquals(0, v.get("deltas").size());
        assertEquals("unreachable", v.get("key_summary").get("external_claims_storage_status").asText());
        assertTrue(v.get("key_summary").get("latest_delta_capacity_left").isNull());
        assertTrue(r.getErrorOutput().contains("result is partial"), r.getErrorOutput());
        LaunchResult missing = omega.run("view-key", "-k", UUID.randomUUID().toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.getErrorOutput().contains("import-key"), missing.getErrorOutput());
    }
}
