package domain.position;

import domain.key.KeyShape;
import java.util.Arrays;

/**
 * The odometer: which nucleus map and which map of each rotor encrypt the byte at an offset
 * {@code o = p - s*C} inside iteration {@code s}. Nucleus map {@code o mod N}; rotor 1 map
 * {@code (o / N) mod R}; rotor i map {@code (o / (N * R^(i-1))) mod R}. Computed, never simulated.
 */
public record MapIndices(int nucleus, int[] rotors) {
    /** Copies {@code rotors}: element i is the map index of rotor i+1. */
    public MapIndices {
        rotors = rotors.clone();
    }

    /**
     * The indices for global position {@code position} of iteration {@code seq}, which owns
     * {@code [seq*C, (seq+1)*C - 1]}: those of offset {@code position - seq*C}.
     *
     * @throws IllegalArgumentException when the position lies outside that iteration
     */
    public static MapIndices at(KeyShape shape, int seq, long position) {
        if (seq < 0) throw new IllegalArgumentException("seq must be >= 0, got " + seq);
        long c = shape.iterationCapacity();
        long first;
        try {
            first = Math.multiplyExact((long) seq, c);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("iteration " + seq + " lies beyond the 64-bit global position range");
        }
        if (position < first || position - first >= c) {
            throw new IllegalArgumentException("position " + position + " is outside iteration " + seq
                    + " [" + first + ", " + (first + (c - 1)) + "]");
        }
        return of(shape, position - first);
    }

    /** The indices for {@code offset} (0 ≤ offset &lt; C) in an iteration of {@code shape}. */
    public static MapIndices of(KeyShape shape, long offset) {
        if (offset < 0 || offset >= shape.iterationCapacity()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the iteration");
        }
        int n = (int) (offset % shape.nucleusMaps());
        long rest = offset / shape.nucleusMaps();
        int[] r = new int[shape.rotorCount()];
        for (int i = 0; i < r.length; i++) {
            r[i] = (int) (rest % shape.rotorMaps());
            rest /= shape.rotorMaps();
        }
        return new MapIndices(n, r);
    }

    /** A copy of the rotor indices: element i is the map index of rotor i+1. */
    @Override
    public int[] rotors() { return rotors.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapIndices m && m.nucleus == nucleus && Arrays.equals(m.rotors, rotors);
    }

    @Override
    public int hashCode() { return 31 * nucleus + Arrays.hashCode(rotors); }

    @Override
    public String toString() { return "MapIndices[nucleus=" + nucleus + ", rotors=" + Arrays.toString(rotors) + "]"; }
}
