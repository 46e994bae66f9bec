package domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import domain.position.PositionRange;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LocalClaimTest {

    @Test
    void theReferenceWorkedExample() {
        LocalClaim c = LocalClaim.fresh(CacheReason.PERFORMANCE, new PositionRange(3000001, 4000000));
        assertEquals(3000000, c.latestClaimed(), "a new claim's pointer is start - 1");
        assertEquals(1000000, c.remaining());
        LocalClaim.Taken t = c.take(500000);
        assertEquals(new PositionRange(3000001, 3500000), t.range());
        assertEquals(3500000, t.claim().latestClaimed());
        assertEquals(500000, t.claim().remaining());
        assertThrows(IllegalArgumentException.class, () -> t.claim().take(500001));
    }

    @Test
    void sizingUsesDecimalGigabytesAndTheQuarterCap() {
        assertEquals(500_000_000L, CacheSizing.configBytes(new BigDecimal("0.5")));
        assertEquals(10_000_000_000L, CacheSizing.effectiveBytes(BigDecimal.TEN, 1_000_000_000_000L));
        assertEquals(30, CacheSizing.performanceRefill(23, 10));
        assertEquals(10, CacheSizing.performanceRefill(10, 10));
    }

    @Test
    void bestFitPrefersTheSmallestSufficientClaim() {
        ClaimCacheEntry e = ClaimCacheEntry.fresh(new java.util.UUID(1, 1), new java.util.UUID(1, 2), 1, new java.util.UUID(1, 3), 0)
                .add(LocalClaim.fresh(CacheReason.OFFLINE, PositionRange.ofSize(0, 700)))
                .add(LocalClaim.fresh(CacheReason.OFFLINE, PositionRange.ofSize(1000, 900)))
                .add(LocalClaim.fresh(CacheReason.OFFLINE, PositionRange.ofSize(2000, 800)));
        assertEquals(2000, e.bestFit(CacheReason.OFFLINE, 750).orElseThrow().start());
        assertEquals(true, e.bestFit(CacheReason.OFFLINE, 901).isEmpty());
        assertEquals(true, e.bestFit(CacheReason.PERFORMANCE, 1).isEmpty());
        ClaimCacheEntry.Served s = e.take(e.bestFit(CacheReason.OFFLINE, 800).orElseThrow(), 800);
        assertEquals(2, s.entry().claims().size(), "an emptied claim is removed");
    }
}
