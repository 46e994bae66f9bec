package domain.key;

/**
 * The map counts of a key iteration: {@code nucleusMaps} maps in the nucleus and {@code rotorCount}
 * rotors of {@code rotorMaps} maps each. Every iteration of a key has the same shape.
 */
public record KeyShape(int nucleusMaps, int rotorMaps, int rotorCount) {
    public KeyShape {
        if (nucleusMaps < 1 || rotorMaps < 1) throw new IllegalArgumentException("a chain needs at least one map");
        if (rotorCount < 1) throw new IllegalArgumentException("a key needs at least one rotor");
    }

    /**
     * Iteration capacity {@code C = N * R^k}: the number of map combinations, hence positions (bytes),
     * of one iteration.
     *
     * @throws ArithmeticException when C does not fit in a long
     */
    public long iterationCapacity() {
        long c = nucleusMaps;
        for (int i = 0; i < rotorCount; i++) c = Math.multiplyExact(c, (long) rotorMaps);
        return c;
    }
}
