package domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Effective cache bytes: decimal GB, the 25 % cap (E5, E6) and chunked refills (E4). */
class CacheSizingTest {

    @Test
    void configuredGigabytesAreDecimalAndMayBeFractional() {
        assertEquals(10_000_000_000L, CacheSizing.configBytes(BigDecimal.TEN));
        assertEquals(500_000_000L, CacheSizing.configBytes(new BigDecimal("0.5")));
        assertEquals(1L, CacheSizing.configBytes(new BigDecimal("0.000000001")));
        assertEquals(0L, CacheSizing.configBytes(new BigDecimal("0.0000000009")), "a fraction of a byte is dropped");
        assertEquals(1_000_000_000_000L, CacheSizing.configBytes(new BigDecimal("1000")));
    }

    @Test
    void configuredGigabytesMustLieIn0To1000() {
        assertThrows(IllegalArgumentException.class, () -> CacheSizing.configBytes(new BigDecimal("-0.1")));
        assertThrows(IllegalArgumentException.class, () -> CacheSizing.configBytes(new BigDecimal("1000.000000001")));
    }

    @Test
    void e5_theCapIsAQuarterOfTheIterationCapacity() {
        assertEquals(25_000_000_000L, CacheSizing.effectiveBytes(new BigDecimal("1000"), 100_000_000_000L));
        assertEquals(10_000_000_000L, CacheSizing.effectiveBytes(BigDecimal.TEN, 1_000_000_000_000L));
        assertEquals(2_305_843_009_213_693_951L, CacheSizing.cap(Long.MAX_VALUE), "exact for the largest capacity");
    }

    @Test
    void e6_capacities1To3GiveZeroAnd4GivesOne() {
        assertEquals(0, CacheSizing.effectiveBytes(BigDecimal.TEN, 1));
        assertEquals(0, CacheSizing.effectiveBytes(BigDecimal.TEN, 2));
        assertEquals(0, CacheSizing.effectiveBytes(BigDecimal.TEN, 3));
        assertEquals(1, CacheSizing.effectiveBytes(BigDecimal.TEN, 4));
        assertEquals(1, CacheSizing.effectiveBytes(BigDecimal.TEN, 7));
        assertEquals(2, CacheSizing.effectiveBytes(BigDecimal.TEN, 8));
    }

    @Test
    void zeroConfiguredDisablesWhateverTheCapacity() {
        assertEquals(0, CacheSizing.effectiveBytes(BigDecimal.ZERO, 1_000_000_000_000L));
    }

    @Test
    void e4_refillRoundsUpToWholeChunks() {
        long gb = 1_000_000_000L;
        assertEquals(30 * gb, CacheSizing.performanceRefill(23 * gb, 10 * gb));
        assertEquals(10 * gb, CacheSizing.performanceRefill(10 * gb, 10 * gb));
        assertEquals(20 * gb, CacheSizing.performanceRefill(10 * gb + 1, 10 * gb));
        assertEquals(10 * gb, CacheSizing.performanceRefill(1, 10 * gb));
        assertThrows(IllegalArgumentException.class, () -> CacheSizing.performanceRefill(1, 0));
    }
}
