package domain.transform;

import domain.key.KeyIteration;
import domain.key.MapChain;

/**
 * The transform written straight from the method's description, one byte at a time with a simulated
 * odometer: an independent path to check the production kernel against.
 */
final class NaiveCipher {
    private NaiveCipher() { }

    static byte[] encrypt(KeyIteration it, long position, byte[] plain) {
        byte[] out = new byte[plain.length];
        long c = it.shape().iterationCapacity();
        for (int i = 0; i < plain.length; i++) {
            long o = position + i - it.seq() * c;
            int n = (int) (o % it.shape().nucleusMaps());
            long rest = o / it.shape().nucleusMaps();
            int y = it.nucleus().apply(n, plain[i] & 0xFF);
            for (MapChain rotor : it.rotors()) {
                int r = (int) (rest % it.shape().rotorMaps());
                rest /= it.shape().rotorMaps();
                y = rotor.apply(r, y);
            }
            out[i] = (byte) y;
        }
        return out;
    }

    static byte[] decrypt(KeyIteration it, long position, byte[] cipher) {
        byte[] out = new byte[cipher.length];
        long c = it.shape().iterationCapacity();
        for (int i = 0; i < cipher.length; i++) {
            long o = position + i - it.seq() * c;
            int n = (int) (o % it.shape().nucleusMaps());
            long rest = o / it.shape().nucleusMaps();
            int[] r = new int[it.rotors().size()];
            for (int d = 0; d < r.length; d++) {
                r[d] = (int) (rest % it.shape().rotorMaps());
                rest /= it.shape().rotorMaps();
            }
            int x = cipher[i] & 0xFF;
            for (int d = r.length - 1; d >= 0; d--) x = it.rotors().get(d).inverse().apply(r[d], x);
            out[i] = (byte) it.nucleus().inverse().apply(n, x);
        }
        return out;
    }
}
