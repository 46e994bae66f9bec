package domain.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "shape {0}x{1}^{2}")
    @CsvSource({"3, 2, 4", "2, 3, 1", "1, 2, 3", "5, 1, 2"})
    void everyRotorCarryOfAWholeIterationMatchesTheNaiveTransform(int n, int r, int k) {
        KeyIteration it = Keys.iteration(new KeyShape(n, r, k), 2, 17);
        int c = (int) it.shape().iterationCapacity();
        byte[] plain = new byte[c];
        new Random(c).nextBytes(plain);
        OmegaCipher cipher = new OmegaCipher(it);
        for (int start = 0; start < c; start++) {
            byte[] tail = java.util.Arrays.copyOfRange(plain, start, c);
            byte[] buf = tail.clone();
            cipher.encrypt(it.firstPosition() + start, buf, 0, buf.length);
            assertArrayEquals(NaiveCipher.encrypt(it, it.firstPosition() + start, tail), buf, "start offset " + start);
            assertArrayEquals(tail, NaiveCipher.decrypt(it, it.firstPosition() + start, buf), "start offset " + start);
            cipher.decrypt(it.firstPosition() + start, buf, 0, buf.length);
            assertArrayEquals(tail, buf, "start offset " + start);
        }
    }

    @Test
    void oneInstanceServesSeveralThreadsOnDisjointBuffers() throws Exception {
        KeyIteration it = Keys.iteration(new KeyShape(97, 13, 3), 3, 23);
        OmegaCipher shared = new OmegaCipher(it);
        int threads = 4;
        int chunk = 50_000;
        byte[] plain = new byte[threads * chunk];
        new Random(8).nextBytes(plain);
        long start = it.firstPosition() + 1_000;
        byte[] expected = plain.clone();
        new OmegaCipher(it).encrypt(start, expected, 0, expected.length);
        byte[] buf = plain.clone();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int off = t * chunk;
                    boolean forward = round % 2 == 0;
                    done.add(pool.submit(() -> {
                        if (forward) shared.encrypt(start + off, buf, off, chunk);
                        else shared.decrypt(start + off, buf, off, chunk);
                    }));
                }
                for (Future<?> f : done) f.get();
                assertArrayEquals(round % 2 == 0 ? expected : plain, buf, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
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
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(it.lastPosition() + 1, b, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(Long.MIN_VALUE, b, 0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> cipher.encrypt(it.firstPosition(), b, 2, 3));
        byte[] last = {1, 2, 3, 4};
        cipher.encrypt(it.lastPosition() - 3, last, 0, 4);
        assertArrayEquals(NaiveCipher.encrypt(it, it.lastPosition() - 3, new byte[] {1, 2, 3, 4}), last);
    }
}
