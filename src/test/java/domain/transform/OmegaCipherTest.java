package domain.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.Keys;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OmegaCipherTest {

    @Test
    void kernelEqualsTheNaiveTransformAcrossNucleusAndRotorBoundaries() {
        KeyIteration it = Keys.iteration(new KeyShape(7, 5, 3), 2, 42);
        OmegaCipher cipher = new OmegaCipher(it);
        Random random = new Random(5);
        long c = it.shape().iterationCapacity();
        for (int trial = 0; trial < 300; trial++) {
            int len = random.nextInt(60);
            long start = it.firstPosition() + (long) random.nextInt((int) (c - len));
            byte[] plain = new byte[len];
            random.nextBytes(plain);
            byte[] buf = plain.clone();
            cipher.encrypt(start, buf, 0, len);
            assertArrayEquals(NaiveCipher.encrypt(it, start, plain), buf, "start " + start + " len " + len);
            cipher.decrypt(start, buf, 0, len);
            assertArrayEquals(plain, buf);
        }
    }

    @Test
    void decryptInvertsEncryptOverAWholeIteration() {
        KeyIteration it = Keys.iteration(new KeyShape(4, 3, 2), 1, 9);
        int c = (int) it.shape().iterationCapacity();
        byte[] plain = new byte[c];
        new Random(1).nextBytes(plain);
        byte[] buf = plain.clone();
        OmegaCipher cipher = new OmegaCipher(it);
        cipher.encrypt(it.firstPosition(), buf, 0, c);
        assertArrayEquals(NaiveCipher.encrypt(it, it.firstPosition(), plain), buf);
        assertArrayEquals(plain, NaiveCipher.decrypt(it, it.firstPosition(), buf));
        cipher.decrypt(it.firstPosition(), buf, 0, c);
        assertArrayEquals(plain, buf);
    }

    @Test
    void splitCallsGiveTheSameResultAsOneCall() {
        KeyIteration it = Keys.iteration(new KeyShape(976, 976, 3), 1, 3);
        OmegaCipher cipher = new OmegaCipher(it);
        byte[] plain = new byte[100_000];
        new Random(2).nextBytes(plain);
        byte[] whole = plain.clone();
        long start = it.firstPosition() + 123_456_789L;
        cipher.encrypt(start, whole, 0, whole.length);
        byte[] parts = plain.clone();
        for (int off = 0; off < parts.length; off += 7_777) {
            cipher.encrypt(start + off, parts, off, Math.min(7_777, parts.length - off));
        }
        assertArrayEquals(whole, parts);
        byte[] sample = java.util.Arrays.copyOfRange(plain, 90_000, 90_100);
        assertArrayEquals(NaiveCipher.encrypt(it, start + 90_000, sample), java.util.Arrays.copyOfRange(whole, 90_000, 90_100));
    }

    @Test
    void positionsOutsideTheIterationAreRejected() {
        KeyIteration it = Keys.iteration(new KeyShape(4, 3, 2), 1, 9);
        OmegaCipher cipher = new OmegaCipher(it);
        byte[] b = new byte[4];
        assertThrows(IllegalArgumentException.class, () -> cipher.encrypt(it.firstPosition() - 1, b, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> cipher.encrypt(it.lastPosition() - 2, b, 0, 4));
    }
}
