package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.ClaimStore;
import domain.position.PositionRange;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many threads claim on one key through the one-statement claim: no overlap, contiguous from the iteration
 * start, sums exact, the claim log agrees. A naive read-then-write control on the same database shows the
 * test can see overlaps.
 */
@QuarkusTest
class ClaimConcurrencyTest extends ApiTestBase {
    static final int THREADS = 8;
    static final int CLAIMS_PER_THREAD = 250;
    @Inject
    ClaimStore claims;
    @Inject
    AgroalDataSource dataSource;

    private UUID bigKey(String token) {
        UUID key = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(registration(key));
        body.put("nucleus_maps", 1000);
        body.put("rotor_maps", 1000);
        body.put("rotor_count", 2);
        body.put("iteration_capacity", 1_000_000_000L);
        assertEquals(201, api.post("/v1/keys", token, body).status());
        return key;
    }

    interface Claimer {
        PositionRange claim(long size) throws Exception;
    }

    private List<PositionRange> run(Claimer claimer) throws Exception {
        ConcurrentLinkedQueue<PositionRange> out = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < CLAIMS_PER_THREAD; i++) out.add(claimer.claim(ThreadLocalRandom.current().nextLong(1, 1000)));
                return null;
            }));
        }
        start.countDown();
        for (var f : done) f.get(120, TimeUnit.SECONDS);
        pool.shutdown();
        return new ArrayList<>(out);
    }

    /** Overlapping pairs among sorted ranges (each range counted once when it overlaps its predecessor). */
    static int overlaps(List<PositionRange> ranges) {
        List<PositionRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(PositionRange::start).thenComparingLong(PositionRange::end));
        int n = 0;
        long maxEnd = -1;
        for (PositionRange r : sorted) {
            if (r.start() <= maxEnd) n++;
            maxEnd = Math.max(maxEnd, r.end());
        }
        return n;
    }

    @Test
    void theOneStatementClaimNeverOverlapsAndIsContiguous() throws Exception {
        UUID key = bigKey(newUser());
        long started = System.nanoTime();
        List<PositionRange> ranges = run(size -> claims.claim(key, 0, size, 1_000_000_000L - 1 - size, null, null).orElseThrow());
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(THREADS * CLAIMS_PER_THREAD, ranges.size());
        assertEquals(0, overlaps(ranges), "overlapping ranges");
        ranges.sort(Comparator.comparingLong(PositionRange::start));
        long expected = 0;
        long sum = 0;
        for (PositionRange r : ranges) {
            assertEquals(expected, r.start(), "a gap or overlap before " + r);
            expected = r.end() + 1;
            sum += r.size();
        }
        assertEquals(sum - 1, latest(key), "the pointer equals the sum of the claims");
        assertEquals(ranges.size(), logged(key).size(), "every claim is logged");
        assertEquals(new ArrayList<>(ranges), logged(key));
        System.out.printf("one-statement claim: %d claims from %d threads in %.2f s (%.0f claims/s)%n", ranges.size(), THREADS,
                seconds, ranges.size() / seconds);
    }

    @Test
    void theNaiveReadThenWriteControlOverlaps() throws Exception {
        UUID key = bigKey(newUser());
        List<PositionRange> ranges = run(size -> {
            try (Connection c = dataSource.getConnection()) {
                long latest;
                try (PreparedStatement ps = c.prepareStatement("select latest_claimed from key_iteration where key_uuid = ? and seq_number = 0")) {
                    ps.setObject(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        latest = rs.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("update key_iteration set latest_claimed = ? where key_uuid = ? and seq_number = 0")) {
                    ps.setLong(1, latest + size);
                    ps.setObject(2, key);
                    ps.executeUpdate();
                }
                return PositionRange.ofSize(latest + 1, size);
            }
        });
        int overlapping = overlaps(ranges);
        System.out.printf("naive read-then-write control: %d of %d ranges overlap%n", overlapping, ranges.size());
        assertTrue(overlapping > 0, "the control must show overlaps, or this test could not see them");
    }

    @Test
    void concurrentClaimsOverHttpAreContiguousToo() throws Exception {
        String t = newUser();
        UUID key = bigKey(t);
        ConcurrentLinkedQueue<PositionRange> out = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            done.add(pool.submit(() -> {
                for (int j = 0; j < 25; j++) {
                    var a = api.post("/v1/keys/" + key + "/iterations/0/claims", t, Map.of("size", 7),
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                    assertEquals(201, a.status(), a.toString());
                    out.add(new PositionRange(a.json().get("start_global_position").asLong(), a.json().get("end_global_position").asLong()));
                }
                return null;
            }));
        }
        for (var f : done) f.get(120, TimeUnit.SECONDS);
        pool.shutdown();
        List<PositionRange> ranges = new ArrayList<>(out);
        assertEquals(0, overlaps(ranges));
        assertEquals(THREADS * 25 * 7 - 1, latest(key));
        assertEquals(THREADS * 25 * 7 - 1, Collections.max(ranges, Comparator.comparingLong(PositionRange::end)).end());
    }

    private long latest(UUID key) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select latest_claimed from key_iteration where key_uuid = ? and seq_number = 0")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<PositionRange> logged(UUID key) throws Exception {
        List<PositionRange> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select start_position, end_position from claim where key_uuid = ? order by start_position")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new PositionRange(rs.getLong(1), rs.getLong(2)));
            }
        }
        return out;
    }
}
