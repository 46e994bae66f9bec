package application.service.claim;

import static application.service.claim.ClaimFixture.GB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.position.PositionRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Eight threads share one cache store (one lock) and one ECS: no position is handed out twice. */
class ConcurrentClaimsTest {

    @Test
    void eightThreadsNeverReceiveOverlappingPositions() throws Exception {
        ClaimFixture f = new ClaimFixture(100 * GB);
        // 1,000-byte chunks and a 2,000-byte OFFLINE target: hits, refills and top-ups all interleave
        PositionSource source = f.source("0.000001", "0.000002", false);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<PositionRange>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                go.await();
                List<PositionRange> mine = new ArrayList<>();
                for (int i = 0; i < 100; i++) mine.add(source.take(f.target(), 1 + (thread * 131L + i * 97L) % 1700));
                return mine;
            }));
        }
        go.countDown();
        List<PositionRange> ranges = new ArrayList<>();
        for (Future<List<PositionRange>> fu : futures) ranges.addAll(fu.get(60, TimeUnit.SECONDS));
        pool.shutdown();

        assertEquals(800, ranges.size());
        ranges.sort(Comparator.comparingLong(PositionRange::start));
        for (int i = 1; i < ranges.size(); i++) {
            assertTrue(ranges.get(i - 1).end() < ranges.get(i).start(), ranges.get(i - 1) + " overlaps " + ranges.get(i));
        }
        assertTrue(ranges.getFirst().start() >= f.capacity && ranges.getLast().end() <= f.registry.latestClaimed(f.key, 1),
                "every range lies inside what the ECS handed out");
        assertTrue(f.callSizes().size() < ranges.size(), "the PERFORMANCE cache served some requests locally");
        assertEquals(f.registry.latestClaimed(f.key, 1), f.entry().latestClaimedKeyGlobalPosition(),
                "the floor followed every ECS claim");
    }
}
