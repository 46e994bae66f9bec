package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import testenv.Api;
import testenv.Postgres;
import testenv.ServerProcess;
import testenv.TestEnvironment;

/**
 * The packaged server against a database restored from a pg_dump taken before some claims: the key is
 * fenced (503 key_fenced) until the operator's fence command, after which claims resume past every position
 * handed out before the restore. Also: a graceful shutdown finishes in-flight claims.
 */
class FenceAfterRestoreIT {

    static Map<String, Object> registration(UUID key) {
        return Map.of("key_uuid", key.toString(), "key_name", "restored", "nucleus_maps", 1000, "rotor_maps", 1000, "rotor_count", 2,
                "iteration_capacity", 1_000_000_000L, "alpha_iteration_uuid", UUID.randomUUID().toString(), "omegasafe_version", "0.1.0");
    }

    static long[] claim(Api api, String token, UUID key, long size) {
        var a = api.post("/v1/keys/" + key + "/iterations/0/claims", token, Map.of("size", size));
        assertEquals(201, a.status(), a.toString());
        return new long[] {a.json().get("start_global_position").asLong(), a.json().get("end_global_position").asLong()};
    }

    @Test
    void aRestoredDumpFencesTheKeyUntilTheFenceCommandThenNoRangeRepeats() throws Exception {
        Postgres pg = TestEnvironment.get().postgres();
        pg.createDatabase("fence_it");
        ServerProcess server = new ServerProcess("fence_it", "fence-it-internal");
        server.start();
        try {
            String token = ServerProcess.lastLine(server.admin("create-user", "--email", "restore@example.test"));
            Api api = server.api();
            UUID key = UUID.randomUUID();
            assertEquals(201, api.post("/v1/keys", token, registration(key)).status());
            assertEquals(0, claim(api, token, key, 100)[0]);
            Path dump = Files.createTempFile("fence-it", ".dump");
            pg.client("pg_dump", "-Fc", "-f", dump.toString(), "fence_it");
            long[] afterBackup = claim(api, token, key, 50);
            assertEquals(100, afterBackup[0]);
            server.stop();   // graceful: the witness gets its last flush

            pg.createDatabase("fence_it");
            pg.client("pg_restore", "-d", "fence_it", dump.toString());
            server.start();
            var fenced = api.post("/v1/keys/" + key + "/iterations/0/claims", token, Map.of("size", 1));
            assertEquals(503, fenced.status(), fenced.toString());
            assertEquals("key_fenced", fenced.code());
            assertTrue(server.output().contains("event=key_fenced key_uuid=" + key), "the operator is told in the log");

            String out = server.admin("fence", "--all");
            assertTrue(out.contains("fenced key " + key), out);
            long[] resumed = claim(api, token, key, 10);
            assertEquals(afterBackup[1] + 1, resumed[0], "claims resume after every position handed out before the restore");
            assertTrue(server.admin("fence", "--key-uuid", key.toString()).contains("not fenced"));
        } finally {
            server.stop();
        }
    }

    @Test
    void aGracefulShutdownFinishesInFlightClaims() throws Exception {
        Postgres pg = TestEnvironment.get().postgres();
        pg.createDatabase("shutdown_it");
        ServerProcess server = new ServerProcess("shutdown_it", "shutdown-it-internal");
        server.start();
        String token = ServerProcess.lastLine(server.admin("create-user", "--email", "shutdown@example.test"));
        Api api = server.api();
        UUID key = UUID.randomUUID();
        assertEquals(201, api.post("/v1/keys", token, registration(key)).status());
        ConcurrentLinkedQueue<long[]> answered = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    try {
                        var a = api.post("/v1/keys/" + key + "/iterations/0/claims", token, Map.of("size", 3));
                        statuses.add(a.status());
                        if (a.status() == 201) answered.add(new long[] {a.json().get("start_global_position").asLong()});
                    } catch (IllegalStateException e) {
                        return null;   // the server is gone: connection refused
                    }
                }
                return null;
            }));
        }
        Thread.sleep(1500);
        server.stop();
        for (var f : done) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertTrue(answered.size() > 10, "claims were answered before the shutdown");
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 503), "no claim failed with anything but 201 or 503: " + statuses);
        server.start();
        try {
            var next = api.post("/v1/keys/" + key + "/iterations/0/claims", token, Map.of("size", 1));
            assertEquals(201, next.status(), next.toString());
            long maxAnswered = answered.stream().mapToLong(r -> r[0] + 2).max().orElseThrow();
            assertTrue(next.json().get("start_global_position").asLong() > maxAnswered,
                    "every answered claim was committed before the server stopped");
        } finally {
            server.stop();
        }
    }
}
