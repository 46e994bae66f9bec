package domain.transform;

import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.MapChain;
import domain.position.MapIndices;
import java.util.Objects;

/**
 * The OmegaSafe transform of one key iteration. Encrypting byte x at position p applies the nucleus
 * map then each rotor's map: {@code y = Rk[rk](... R1[r1](Nuc[n](x)))}; decrypting applies the inverses
 * in reverse order. The map indices of p are those of {@link MapIndices}.
 *
 * <p>Kernel: while the rotor indices stay fixed (a run of up to N consecutive positions) the rotor maps
 * are composed into one 256-byte table, so each byte costs two table lookups. Rotors 2..k change only
 * every N*R positions, so their composition is kept across runs and each run composes rotor 1 onto it
 * (256 lookups per run). Inverse maps are computed once per instance.
 *
 * <p>Instances are immutable after construction; the composed tables are per-call scratch, so one
 * instance may be used by several threads at once on disjoint buffers.
 */
public final class OmegaCipher {
    /** Bytes per map: one permutation of the 256 byte values. */
    private static final int MAP = MapChain.MAP_SIZE;

    private final KeyShape shape;
    private final long first;
    private final long capacity;
    private final byte[] nucleus;
    private final byte[] nucleusInverse;
    private final byte[][] rotors;
    private final byte[][] rotorInverses;

    /** A cipher over the maps of {@code iteration}, owning its global positions {@code [s*C, (s+1)*C - 1]}. */
    public OmegaCipher(KeyIteration iteration) {
        this.shape = iteration.shape();
        this.first = iteration.firstPosition();
        this.capacity = shape.iterationCapacity();
        this.nucleus = iteration.nucleus().toBytes();
        this.nucleusInverse = iteration.nucleus().inverse().toBytes();
        this.rotors = new byte[shape.rotorCount()][];
        this.rotorInverses = new byte[shape.rotorCount()][];
        for (int i = 0; i < rotors.length; i++) {
            MapChain rotor = iteration.rotors().get(i);
            rotors[i] = rotor.toBytes();
            rotorInverses[i] = rotor.inverse().toBytes();
        }
    }

    /**
     * Encrypts {@code buf[off, off+len)} in place; byte i takes position {@code position + i}.
     *
     * @throws IllegalArgumentException when a position lies outside this iteration
     */
    public void encrypt(long position, byte[] buf, int off, int len) {
        run(position, buf, off, len, true);
    }

    /**
     * Decrypts {@code buf[off, off+len)} in place; byte i was encrypted at {@code position + i}.
     *
     * @throws IllegalArgumentException when a position lies outside this iteration
     */
    public void decrypt(long position, byte[] buf, int off, int len) {
        run(position, buf, off, len, false);
    }

    private void run(long position, byte[] buf, int off, int len, boolean forward) {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len == 0) return;
        long o = position - first;
        if (position < first || o > capacity - len) {
            throw new IllegalArgumentException("positions " + position + ".." + (position + (len - 1))
                    + " are outside the iteration [" + first + ", " + (first + capacity - 1) + "]");
        }
        MapIndices start = MapIndices.of(shape, o);
        int n = start.nucleus();
        int[] r = start.rotors();
        int nMaps = shape.nucleusMaps();
        int rMaps = shape.rotorMaps();
        byte[] outer = new byte[MAP];
        byte[] table = new byte[MAP];
        composeOuter(r, outer, forward);
        int i = off;
        int end = off + len;
        while (i < end) {
            composeFirst(r[0], outer, table, forward);
            int run = Math.min(end - i, nMaps - n);
            if (forward) {
                forwardRun(buf, i, run, nucleus, n * MAP, table);
            } else {
                inverseRun(buf, i, run, nucleusInverse, n * MAP, table);
            }
            i += run;
            n += run;
            if (n == nMaps && i < end) {
                n = 0;
                if (++r[0] == rMaps) {
                    r[0] = 0;
                    for (int d = 1; d < r.length && ++r[d] == rMaps; d++) r[d] = 0;
                    composeOuter(r, outer, forward);
                }
            }
        }
    }

    /** {@code buf[j] = table[nuc[base + buf[j]]]}, the nucleus map advancing by one each byte. */
    private static void forwardRun(byte[] buf, int from, int count, byte[] nuc, int base, byte[] table) {
        for (int j = from, end = from + count; j < end; j++, base += MAP) {
            buf[j] = table[nuc[base + (buf[j] & 0xFF)] & 0xFF];
        }
    }

    /** {@code buf[j] = nucInverse[base + table[buf[j]]]}, the nucleus map advancing by one each byte. */
    private static void inverseRun(byte[] buf, int from, int count, byte[] nucInverse, int base, byte[] table) {
        for (int j = from, end = from + count; j < end; j++, base += MAP) {
            buf[j] = nucInverse[base + (table[buf[j] & 0xFF] & 0xFF)];
        }
    }

    /**
     * Rotors 2..k at indices {@code r[1..]}. Forward: {@code out[x] = Rk[rk](... R2[r2](x))}. Inverse:
     * {@code out[y] = R2'[r2](... Rk'[rk](y))} with {@code '} the inverse maps. Identity for one rotor.
     */
    private void composeOuter(int[] r, byte[] out, boolean forward) {
        for (int x = 0; x < MAP; x++) out[x] = (byte) x;
        if (forward) {
            for (int d = 1; d < r.length; d++) apply(rotors[d], r[d] * MAP, out);
        } else {
            for (int d = r.length - 1; d >= 1; d--) apply(rotorInverses[d], r[d] * MAP, out);
        }
    }

    /** {@code out[x] = map[base + out[x]]}: composes one map after the table in {@code out}. */
    private static void apply(byte[] maps, int base, byte[] out) {
        for (int x = 0; x < MAP; x++) out[x] = maps[base + (out[x] & 0xFF)];
    }

    /**
     * The whole rotor stage. Forward: {@code out[x] = outer[R1[r1][x]]}. Inverse:
     * {@code out[y] = R1'[r1][outer[y]]}, which maps a ciphertext byte back to the nucleus output.
     */
    private void composeFirst(int r1, byte[] outer, byte[] out, boolean forward) {
        int base = r1 * MAP;
        if (forward) {
            byte[] first = rotors[0];
            for (int x = 0; x < MAP; x++) out[x] = outer[first[base + x] & 0xFF];
        } else {
            byte[] first = rotorInverses[0];
            for (int y = 0; y < MAP; y++) out[y] = first[base + (outer[y] & 0xFF)];
        }
    }
}
