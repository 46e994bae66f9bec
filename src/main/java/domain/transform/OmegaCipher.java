package domain.transform;

import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.MapChain;
import domain.position.MapIndices;

/**
 * The OmegaSafe transform of one key iteration. Encrypting byte x at position p applies the nucleus
 * map then each rotor's map: {@code y = Rk[rk](... R1[r1](Nuc[n](x)))}; decrypting applies the inverses
 * in reverse order.
 *
 * <p>Kernel: while the rotor indices stay fixed (up to N consecutive positions) the rotor maps are
 * composed into one 256-byte table, so each byte costs two table lookups. Instances hold no mutable
 * state and may be used by several threads at once on disjoint buffers.
 */
public final class OmegaCipher {
    private static final int MAP = MapChain.MAP_SIZE;

    private final KeyShape shape;
    private final long first;
    private final long capacity;
    private final byte[] nucleus;
    private final byte[] nucleusInverse;
    private final byte[][] rotors;

    public OmegaCipher(KeyIteration iteration) {
        this.shape = iteration.shape();
        this.first = iteration.firstPosition();
        this.capacity = shape.iterationCapacity();
        this.nucleus = iteration.nucleus().toBytes();
        this.nucleusInverse = iteration.nucleus().inverse().toBytes();
        this.rotors = new byte[shape.rotorCount()][];
        for (int i = 0; i < rotors.length; i++) rotors[i] = iteration.rotors().get(i).toBytes();
    }

    /** Encrypts {@code buf[off, off+len)} in place; byte i takes position {@code position + i}. */
    public void encrypt(long position, byte[] buf, int off, int len) {
        run(position, buf, off, len, true);
    }

    /** Decrypts {@code buf[off, off+len)} in place; byte i was encrypted at {@code position + i}. */
    public void decrypt(long position, byte[] buf, int off, int len) {
        run(position, buf, off, len, false);
    }

    private void run(long position, byte[] buf, int off, int len, boolean forward) {
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        if (len == 0) return;
        long o = position - first;
        if (o < 0 || o > capacity - len) {
            throw new IllegalArgumentException("positions " + position + ".." + (position + len - 1)
                    + " are outside the iteration [" + first + ", " + (first + capacity - 1) + "]");
        }
        MapIndices start = MapIndices.of(shape, o);
        int n = start.nucleus();
        int[] r = start.rotors();
        int nMaps = shape.nucleusMaps();
        int rMaps = shape.rotorMaps();
        byte[] composed = new byte[MAP];
        byte[] scratch = new byte[MAP];
        int i = off;
        int end = off + len;
        while (i < end) {
            compose(r, composed, scratch, forward);
            int run = Math.min(end - i, nMaps - n);
            int base = n * MAP;
            if (forward) {
                byte[] nuc = nucleus;
                for (int k = 0; k < run; k++, base += MAP) {
                    buf[i + k] = composed[nuc[base + (buf[i + k] & 0xFF)] & 0xFF];
                }
            } else {
                byte[] inv = nucleusInverse;
                for (int k = 0; k < run; k++, base += MAP) {
                    buf[i + k] = inv[base + (composed[buf[i + k] & 0xFF] & 0xFF)];
                }
            }
            i += run;
            n += run;
            if (n == nMaps) {
                n = 0;
                for (int d = 0; d < r.length && ++r[d] == rMaps; d++) r[d] = 0;
            }
        }
    }

    /**
     * Forward: {@code out[x] = Rk[rk](... R1[r1](x))}. Inverse: the inverse of that table, which maps a
     * ciphertext byte back to the nucleus output.
     */
    private void compose(int[] r, byte[] out, byte[] scratch, boolean forward) {
        for (int x = 0; x < MAP; x++) {
            int v = x;
            for (int d = 0; d < rotors.length; d++) v = rotors[d][r[d] * MAP + v] & 0xFF;
            out[x] = (byte) v;
        }
        if (!forward) {
            for (int x = 0; x < MAP; x++) scratch[out[x] & 0xFF] = (byte) x;
            System.arraycopy(scratch, 0, out, 0, MAP);
        }
    }
}
