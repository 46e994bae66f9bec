package domain.key;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The size of a key iteration as the user chooses it: nucleus and rotor sizes in decimal megabytes
 * (all rotors share one size) and the number of rotors.
 */
public record KeySize(BigDecimal nucleusMb, BigDecimal rotorMb, int rotorCount) {
    /** Smallest CUSTOM nucleus or rotor size the reference allows (0.10 MB, 390 maps). */
    public static final BigDecimal MIN_MB = new BigDecimal("0.10");
    /** Largest CUSTOM nucleus or rotor size the reference allows (1.00 MB, 3906 maps). */
    public static final BigDecimal MAX_MB = new BigDecimal("1.00");
    /** Fewest rotors of a CUSTOM key in the reference. */
    public static final int MIN_ROTORS = 2;
    /** Most rotors of a CUSTOM key in the reference. */
    public static final int MAX_ROTORS = 4;
    /** Decimal megabyte (SPEC §2: sizes are decimal). */
    static final BigDecimal BYTES_PER_MB = BigDecimal.valueOf(1_000_000);
    /** Bytes per byte replacement map: one permutation of the 256 byte values. */
    static final int MAP_BYTES = 256;

    /** Any positive size; the reference's CUSTOM ranges are checked by {@link #custom}. */
    public KeySize {
        Objects.requireNonNull(nucleusMb, "nucleusMb");
        Objects.requireNonNull(rotorMb, "rotorMb");
        if (nucleusMb.signum() <= 0 || rotorMb.signum() <= 0 || rotorCount < 1) {
            throw new IllegalArgumentException("key sizes must be positive with at least one rotor");
        }
    }

    /**
     * A CUSTOM size, validated against the reference's ranges. Sizes have at most two decimals so the
     * size is recoverable from the map count ({@link #ofShape}).
     */
    public static KeySize custom(BigDecimal nucleusMb, BigDecimal rotorMb, int rotorCount) {
        requireMb("nucleus size", nucleusMb);
        requireMb("rotor size", rotorMb);
        if (rotorCount < MIN_ROTORS || rotorCount > MAX_ROTORS) {
            throw new IllegalArgumentException("number of rotors must be " + MIN_ROTORS + " to " + MAX_ROTORS + ", got "
                    + rotorCount);
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
