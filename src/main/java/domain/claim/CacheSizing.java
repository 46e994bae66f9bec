package domain.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Effective PERFORMANCE chunk and OFFLINE target in bytes (one byte is one position):
 * {@code min(config_bytes, floor(capacity * 0.25))}, with the configuration in decimal GB and
 * {@code capacity} the iteration capacity C. All arithmetic is exact (no floating point).
 */
public final class CacheSizing {
    /** Decimal gigabyte: the unit of CACHE_*_KEY_CAPACITY_GB (reference: 1 GB = 1,000,000,000 bytes). */
    static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1_000_000_000L);
    /** Largest configurable value (reference: allowed values are 0..1000 inclusive). */
    public static final BigDecimal MAX_GB = BigDecimal.valueOf(1000);
    /**
     * Safety cap of 25 % of the iteration capacity, so a cache never over-claims relative to the key.
     * {@code floor(C * 0.25)} is {@code C / 4} in integer arithmetic (E6: C = 1..3 gives 0, C = 4 gives 1).
     */
    static final int CAP_DIVISOR = 4;

    private CacheSizing() { }

    /**
     * Configured decimal GB as whole bytes; fractions are allowed ({@code 0.5} is 500,000,000) and a
     * fraction of a byte is dropped.
     *
     * @throws IllegalArgumentException outside 0..1000
     */
    public static long configBytes(BigDecimal gb) {
        if (gb.signum() < 0 || gb.compareTo(MAX_GB) > 0) {
            throw new IllegalArgumentException("cache capacity " + gb.toPlainString() + " GB is outside 0..1000");
        }
        return gb.multiply(BYTES_PER_GB).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** {@code floor(capacity * 0.25)}. */
    public static long cap(long iterationCapacity) {
        if (iterationCapacity < 0) throw new IllegalArgumentException("capacity must be >= 0");
        return iterationCapacity / CAP_DIVISOR;
    }

    /** {@code min(configBytes(gb), cap(iterationCapacity))}; 0 disables that cache reason. */
    public static long effectiveBytes(BigDecimal gb, long iterationCapacity) {
        return Math.min(configBytes(gb), cap(iterationCapacity));
    }

    /** PERFORMANCE refill for a request: rounded up to whole chunks, {@code ceil(request / chunk) * chunk} (E4). */
    public static long performanceRefill(long request, long chunk) {
        if (request < 1) throw new IllegalArgumentException("request must be >= 1");
        if (chunk <= 0) throw new IllegalArgumentException("PERFORMANCE chunk must be > 0");
        return Math.multiplyExact(Math.ceilDiv(request, chunk), chunk);
    }
}
