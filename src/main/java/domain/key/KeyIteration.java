package domain.key;

import domain.position.PositionRange;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One iteration of a key: the Alpha ({@code seq == 0}) or a Delta ({@code seq > 0}), with its nucleus
 * and rotor chains. Iteration {@code s} owns the global positions {@code [s*C, (s+1)*C - 1]}.
 *
 * <p>Limit: global positions are signed 64-bit longs, so C itself and the last position
 * {@code (seq+1)*C - 1} must not exceed {@link Long#MAX_VALUE} (about 9.2 * 10^18). An iteration past
 * that is refused with an {@link IllegalArgumentException}. The highest usable sequence number is
 * {@code floor((Long.MAX_VALUE + 1) / C) - 1}: about 10.2 million for MEDIUM (C = 976^4), beyond its
 * 907,401 supported Deltas, but only 39,623 for BIG (C = 3906^4) against its 58,192,761 supported Deltas,
 * and 9 for a CUSTOM 1.00 MB key with 4 rotors (C = 3906^5).
 */
public record KeyIteration(UUID keyUuid, UUID iterationUuid, int seq, String keyName, String omegasafeVersion,
                           KeyShape shape, MapChain nucleus, List<MapChain> rotors) {
    public KeyIteration {
        Objects.requireNonNull(keyUuid, "keyUuid");
        Objects.requireNonNull(iterationUuid, "iterationUuid");
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(omegasafeVersion, "omegasafeVersion");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(nucleus, "nucleus");
        rotors = List.copyOf(rotors);
        if (seq < 0) throw new IllegalArgumentException("seq must be >= 0");
        if (nucleus.maps() != shape.nucleusMaps()) throw new IllegalArgumentException("nucleus does not match the shape");
        if (rotors.size() != shape.rotorCount()) throw new IllegalArgumentException("rotor count does not match the shape");
        for (MapChain r : rotors) {
            if (r.maps() != shape.rotorMaps()) throw new IllegalArgumentException("rotor does not match the shape");
        }
        try {
            long c = shape.iterationCapacity();
            Math.addExact(Math.multiplyExact((long) seq, c), c - 1);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("iteration " + seq + " of shape " + shape
                    + " lies beyond the 64-bit global position range");
        }
    }

    /** Whether this is the Alpha (seq 0), whose positions encrypt Delta key files only. */
    public boolean isAlpha() { return seq == 0; }

    /** The first global position of this iteration, {@code seq * C}. */
    public long firstPosition() { return seq * shape.iterationCapacity(); }

    /** The last global position of this iteration, {@code (seq + 1) * C - 1}. */
    public long lastPosition() { return firstPosition() + shape.iterationCapacity() - 1; }

    /** The global positions this iteration owns, {@code [seq*C, (seq+1)*C - 1]}. */
    public PositionRange positions() { return new PositionRange(firstPosition(), lastPosition()); }

    @Override
    public String toString() {
        return "KeyIteration[key=" + keyUuid + ", iteration=" + iterationUuid + ", seq=" + seq + ", shape=" + shape + "]";
    }
}
