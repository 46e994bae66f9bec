package domain.key;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The size of a key iteration as the user chooses it: nucleus and rotor sizes in decimal megabytes
 * (all rotors share one size) and the number of rotors.
 */
public record KeySize(BigDecimal nucleusMb, BigDecimal rotorMb, int rotorCount) {
    /** CUSTOM limits of the reference: 0.10–1.00 MB per component, 2–4 rotors. */
    public static final BigDecimal MIN_MB = new BigDecimal("0.10");
    public static final BigDecimal MAX_MB = new BigDecimal("1.00");
    public static final int MIN_ROTORS = 2;
    public static final int MAX_ROTORS = 4;
    /** Decimal megabyte (SPEC §2: sizes are decimal). */
    static final BigDecimal BYTES_PER_MB = BigDecimal.valueOf(1_000_000);
    /** Bytes per byte replacement map: one permutation of the 256 byte values. */
    static final int MAP_BYTES = 256;

    public KeySize {
        Objects.requireNonNull(nucleusMb, "nucleusMb");
        Objects.requireNonNull(rotorMb, "rotorMb");
    }

    /**
     * A CUSTOM size, validated against the reference's ranges. Sizes have at most two decimals so the
     * size is recoverable from the map count ({@link #ofShape}).
     */
    public static KeySize custom(BigDecimal nucleusMb, BigDecimal rotorMb, int rotorCount) {
        requireMb("nucleus size", nucleusMb);
        requireMb("rotor size", rotorMb);
        if (rotorCount < MIN_ROTORS || rotorCount > MAX_ROTORS) {
            throw new IllegalArgumentException("number of rotors must be 2 to 4, got " + rotorCount);
        }
        return new KeySize(nucleusMb.setScale(2, RoundingMode.UNNECESSARY), rotorMb.setScale(2, RoundingMode.UNNECESSARY),
                rotorCount);
    }

    private static void requireMb(String what, BigDecimal mb) {
        if (mb == null) throw new IllegalArgumentException(what + " is required");
        if (mb.compareTo(MIN_MB) < 0 || mb.compareTo(MAX_MB) > 0) {
            throw new IllegalArgumentException(what + " must be 0.10 to 1.00 MB, got " + mb.toPlainString());
        }
        if (mb.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " takes at most two decimals, got " + mb.toPlainString());
        }
    }

    /** Maps in a component of {@code mb} megabytes: {@code floor(mb * 1_000_000 / 256)}. */
    public static int mapsFor(BigDecimal mb) {
        return mb.multiply(BYTES_PER_MB).divide(BigDecimal.valueOf(MAP_BYTES), 0, RoundingMode.FLOOR).intValueExact();
    }

    /** The map counts of this size. */
    public KeyShape shape() {
        return new KeyShape(mapsFor(nucleusMb), mapsFor(rotorMb), rotorCount);
    }

    /**
     * The size a shape was made from, for sizes with at most two decimals: the one {@code k/100} MB
     * with {@code floor(k * 10_000 / 256) == maps} is {@code k = ceil(maps * 256 / 10_000)}.
     */
    public static KeySize ofShape(KeyShape shape) {
        return new KeySize(mbOf(shape.nucleusMaps()), mbOf(shape.rotorMaps()), shape.rotorCount());
    }

    private static BigDecimal mbOf(int maps) {
        long hundredths = Math.ceilDiv((long) maps * MAP_BYTES, 10_000L);
        return BigDecimal.valueOf(hundredths, 2);
    }

    /** Nominal size on disk in bytes: {@code (nucleus MB + k * rotor MB) * 1_000_000}. */
    public long nominalBytes() {
        return nucleusMb.add(rotorMb.multiply(BigDecimal.valueOf(rotorCount))).multiply(BYTES_PER_MB).longValueExact();
    }
}
