package domain.key;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Sizes as the reference shows them: decimal units (1 KB = 1000 B) up to EB, one decimal, thousands
 * separators ({@code 907.4 GB}, {@code 13,545.6 EB}).
 */
public final class SizeFormat {
    /** Decimal units; EB is the largest the reference uses ({@code 13,545.6 EB}). */
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
    /** Decimal step between units (SPEC §2: 1 KB = 1000 B), which reproduces the reference tables. */
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private SizeFormat() { }

    /** {@link #decimal(BigInteger)} for a long. */
    public static String decimal(long bytes) {
        return decimal(BigInteger.valueOf(bytes));
    }

    /**
     * {@code 907.4 GB}: the largest unit whose value, rounded half-up to one decimal, is at least 1.0
     * ({@code 999,950} bytes is {@code 1.0 MB}, not {@code 1,000.0 KB}); past EB the value keeps growing
     * ({@code 13,545.6 EB}); below 1 KB the plain byte count ({@code 512 B}).
     */
    public static String decimal(BigInteger bytes) {
        if (bytes.signum() < 0) throw new IllegalArgumentException("negative size");
        BigDecimal v = new BigDecimal(bytes);
        if (v.compareTo(THOUSAND) < 0) return bytes + " B";
        int unit = 0;
        BigDecimal rounded = v;
        while (unit < UNITS.length - 1 && rounded.compareTo(THOUSAND) >= 0) {
            v = v.divide(THOUSAND);
            rounded = v.setScale(1, RoundingMode.HALF_UP);
            unit++;
        }
        return oneDecimal(rounded) + " " + UNITS[unit];
    }

    /** The key-size-on-disk field: megabytes with two decimals ({@code 0.75 MB}, {@code 4.00 MB}). */
    public static String keySize(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000_000)).setScale(2, RoundingMode.HALF_UP)
                .toPlainString() + " MB";
    }

    /** The size and the exact count, {@code 1.1 GB (1,073,741,824 bytes)}. */
    public static String withBytes(long bytes) {
        return withBytes(BigInteger.valueOf(bytes));
    }

    /** {@link #withBytes(long)} for counts beyond a long. */
    public static String withBytes(BigInteger bytes) {
        return decimal(bytes) + " (" + grouped(bytes) + " bytes)";
    }

    /**
     * The capacity-left display of the reference's key listings, {@code <percent>% <size> (<bytes> bytes)},
     * e.g. {@code 78.1% 838.9 MB (838,860,800 bytes)}: the percentage as {@link #percent}, the size in
     * decimal units as everywhere else (SPEC §2), then the exact byte count.
     */
    public static String capacityLeft(long remaining, long total) {
        return capacityLeft(BigInteger.valueOf(remaining), BigInteger.valueOf(total));
    }

    /** {@link #capacityLeft(long, long)} for counts beyond a long (total key encryption capacity). */
    public static String capacityLeft(BigInteger remaining, BigInteger total) {
        return oneDecimal(percent(remaining, total)) + "% " + withBytes(remaining);
    }

    /**
     * {@code remaining / total * 100} rounded down to one decimal (0.0 when total is 0). Rounded down so
     * capacity left is never overstated: the reference shows 68.3 for 734,003,200 of 1,073,741,824 bytes
     * (68.36 %).
     */
    public static BigDecimal percent(BigInteger remaining, BigInteger total) {
        if (total.signum() == 0) return BigDecimal.ZERO.setScale(1);
        return new BigDecimal(remaining).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(total), 1, RoundingMode.DOWN);
    }

    /** Thousands separators, {@code 1,239}. */
    public static String grouped(BigInteger n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }

    private static String oneDecimal(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v.setScale(1, RoundingMode.HALF_UP));
    }
}
