package domain.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Effective PERFORMANCE chunk and OFFLINE target in bytes:
 * {@code min(config_bytes, floor(key_capacity * 0.25))}, with the configuration in decimal GB.
 */
public final class CacheSizing {
    /** Decimal gigabyte: the unit of CACHE_*_KEY_CAPACITY_GB (reference: 1 GB = 1,000,000,000 bytes). */
    static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1_000_000_000L);
    /** Safety cap: at most a quarter of the iteration capacity (reference: 25 %), so {@code C / 4} exactly. */
    static final int CAP_DIVISOR = 4;

    private CacheSizing() { }

    /** Configured decimal GB as whole bytes (fractions of a byte dropped). */
    public static long configBytes(BigDecimal gb) {
        if (gb.signum() < 0) throw new IllegalArgumentException("cache capacity must be >= 0");
        return gb.multiply(BYTES_PER_GB).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** {@code min(configBytes(gb), floor(capacity * 0.25))}; 0 disables the cache for that reason. */
    public static long effectiveBytes(BigDecimal gb, long iterationCapacity) {
        return Math.min(configBytes(gb), iterationCapacity / CAP_DIVISOR);
    }

    /** PERFORMANCE refill for a request: rounded up to whole chunks ({@code ceil(request / chunk) * chunk}). */
    public static long performanceRefill(long request, long chunk) {
        if (chunk <= 0) throw new IllegalArgumentException("PERFORMANCE chunk must be > 0");
        return Math.multiplyExact(Math.ceilDiv(request, chunk), chunk);
    }
}
