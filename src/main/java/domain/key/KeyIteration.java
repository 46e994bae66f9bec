package domain.key;

import domain.position.PositionRange;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One iteration of a key: the Alpha ({@code seq == 0}) or a Delta ({@code seq > 0}), with its nucleus
 * and rotor chains. Iteration {@code s} owns the global positions {@code [s*C, (s+1)*C - 1]}; positions
 * are 64-bit, so an iteration whose last position would overflow a long is refused.
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
        long c = shape.iterationCapacity();
        try {
            Math.addExact(Math.multiplyExact((long) seq, c), c - 1);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("iteration " + seq + " lies beyond the 64-bit position range");
        }
    }

    public boolean isAlpha() { return seq == 0; }

    /** {@code seq * C}. */
    public long firstPosition() { return seq * shape.iterationCapacity(); }

    /** {@code (seq + 1) * C - 1}. */
    public long lastPosition() { return firstPosition() + shape.iterationCapacity() - 1; }

    public PositionRange positions() { return new PositionRange(firstPosition(), lastPosition()); }

    @Override
    public String toString() {
        return "KeyIteration[key=" + keyUuid + ", iteration=" + iterationUuid + ", seq=" + seq + ", shape=" + shape + "]";
    }
}
