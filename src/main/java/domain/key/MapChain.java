package domain.key;

import java.util.Arrays;

/**
 * A byte replacement map chain: {@code maps} permutations of 0..255 stored back to back in one array
 * (map {@code i} occupies {@code [i*256, i*256 + 256)}); {@code map[x]} is the substitute of byte x.
 */
public final class MapChain {
    /** Bytes per map: one permutation of the 256 byte values. */
    public static final int MAP_SIZE = 256;

    private final byte[] table;
    private final int maps;

    private MapChain(byte[] table) {
        this.table = table;
        this.maps = table.length / MAP_SIZE;
    }

    /**
     * A chain over a copy of {@code table}.
     *
     * @throws IllegalArgumentException when the length is not a positive multiple of 256 or a map is
     *                                  not a permutation
     */
    public static MapChain of(byte[] table) {
        if (table.length == 0 || table.length % MAP_SIZE != 0) {
            throw new IllegalArgumentException("a map chain is a positive multiple of 256 bytes, got " + table.length);
        }
        byte[] copy = table.clone();
        boolean[] seen = new boolean[MAP_SIZE];
        for (int m = 0; m < copy.length / MAP_SIZE; m++) {
            Arrays.fill(seen, false);
            for (int i = 0; i < MAP_SIZE; i++) {
                int v = copy[m * MAP_SIZE + i] & 0xFF;
                if (seen[v]) throw new IllegalArgumentException("map " + m + " is not a permutation of 0..255");
                seen[v] = true;
            }
        }
        return new MapChain(copy);
    }

    /** {@code maps} maps, each a Fisher–Yates shuffle of 0..255 drawn from {@code random}. */
    public static MapChain generate(int maps, RandomSource random) {
        if (maps < 1) throw new IllegalArgumentException("a chain needs at least one map");
        byte[] t = new byte[Math.multiplyExact(maps, MAP_SIZE)];
        for (int m = 0; m < maps; m++) {
            int base = m * MAP_SIZE;
            for (int i = 0; i < MAP_SIZE; i++) t[base + i] = (byte) i;
            for (int i = MAP_SIZE - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                byte tmp = t[base + i];
                t[base + i] = t[base + j];
                t[base + j] = tmp;
            }
        }
        return new MapChain(t);
    }

    public int maps() { return maps; }

    /** The substitute of byte {@code x} in map {@code map}. */
    public int apply(int map, int x) {
        return table[map * MAP_SIZE + (x & 0xFF)] & 0xFF;
    }

    /** The chain of inverse maps: {@code inverse().apply(m, apply(m, x)) == x}. */
    public MapChain inverse() {
        byte[] inv = new byte[table.length];
        for (int m = 0; m < maps; m++) {
            int base = m * MAP_SIZE;
            for (int i = 0; i < MAP_SIZE; i++) inv[base + (table[base + i] & 0xFF)] = (byte) i;
        }
        return new MapChain(inv);
    }

    /** A copy of the raw table. */
    public byte[] toBytes() { return table.clone(); }

    /** The raw table without copying, for the transform kernel in this module. */
    byte[] table() { return table; }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapChain c && Arrays.equals(table, c.table);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(table); }

    @Override
    public String toString() { return "MapChain[" + maps + " maps]"; }
}
