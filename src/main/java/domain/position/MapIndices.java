package domain.position;

import domain.key.KeyShape;

/**
 * The odometer: which nucleus map and which map of each rotor encrypt the byte at an offset
 * {@code o = p - s*C} inside iteration {@code s}. Nucleus map {@code o mod N}; rotor 1 map
 * {@code (o / N) mod R}; rotor i map {@code (o / (N * R^(i-1))) mod R}. Computed, never simulated.
 */
public record MapIndices(int nucleus, int[] rotors) {

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

    @Override
    public int[] rotors() { return rotors.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapIndices m && m.nucleus == nucleus && java.util.Arrays.equals(m.rotors, rotors);
    }

    @Override
    public int hashCode() { return 31 * nucleus + java.util.Arrays.hashCode(rotors); }

    @Override
    public String toString() { return "MapIndices[nucleus=" + nucleus + ", rotors=" + java.util.Arrays.toString(rotors) + "]"; }
}
