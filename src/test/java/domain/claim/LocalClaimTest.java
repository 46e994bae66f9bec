package domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import domain.position.PositionRange;
import org.junit.jupiter.api.Test;

/** The "last used" pointer of a local claim. */
class LocalClaimTest {

    @Test
    void theReferenceWorkedExample_3000001To4000000Request500000() {
        LocalClaim c = LocalClaim.fresh(CacheReason.PERFORMANCE, new PositionRange(3000001, 4000000));
        assertEquals(3000000, c.latestClaimed(), "a new claim's pointer is start - 1");
        assertEquals(3000001, c.nextUsable());
        assertEquals(1000000, c.remaining());
        assertEquals(1000000, c.size());

        LocalClaim.Taken t = c.take(500000);
        assertEquals(new PositionRange(3000001, 3500000), t.range());
        assertEquals(new LocalClaim(CacheReason.PERFORMANCE, 3000001, 4000000, 3500000), t.claim());
        assertEquals(500000, t.claim().remaining());
        assertEquals(3500001, t.claim().nextUsable());
    }

    @Test
    void takingEverythingLeavesAConsumedClaimThatCannotGiveMore() {
        LocalClaim c = new LocalClaim(CacheReason.OFFLINE, 9000, 9999, 9449);
        assertEquals(550, c.remaining());
        LocalClaim.Taken t = c.take(550);
        assertEquals(new PositionRange(9450, 9999), t.range());
        assertTrue(t.claim().consumed());
        assertFalse(c.consumed());
        assertThrows(IllegalArgumentException.class, () -> t.claim().take(1));
    }

    @Test
    void aRequestMustBeBetweenOneAndTheRemaining() {
        LocalClaim c = LocalClaim.fresh(CacheReason.PERFORMANCE, new PositionRange(1000, 1999));
        assertThrows(IllegalArgumentException.class, () -> c.take(0));
        assertThrows(IllegalArgumentException.class, () -> c.take(1001));
        assertEquals(new PositionRange(1000, 1999), c.take(1000).range());
    }

    @Test
    void thePointerStaysInsideTheClaim() {
        assertThrows(IllegalArgumentException.class, () -> new LocalClaim(CacheReason.PERFORMANCE, 1000, 1999, 998));
        assertThrows(IllegalArgumentException.class, () -> new LocalClaim(CacheReason.PERFORMANCE, 1000, 1999, 2000));
        assertThrows(IllegalArgumentException.class, () -> new LocalClaim(CacheReason.PERFORMANCE, 1000, 999, 999));
        assertEquals(1000, new LocalClaim(CacheReason.PERFORMANCE, 1000, 1999, 999).remaining());
    }

    @Test
    void reasonsHaveTheirStoredNames() {
        assertEquals("performance", CacheReason.PERFORMANCE.wireName());
        assertEquals("offline", CacheReason.OFFLINE.wireName());
        assertEquals(CacheReason.OFFLINE, CacheReason.fromWireName("offline"));
        assertThrows(IllegalArgumentException.class, () -> CacheReason.fromWireName("OFFLINE"));
    }
}
