package application.service.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.Keys;
import domain.transform.OmegaCipher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The threaded transform gives exactly the single-threaded result, the plaintext digest and progress alongside. */
class ParallelTransformTest {
    private static final KeyIteration IT = Keys.iteration(new KeyShape(976, 976, 3), 1, 5);
    private static final OmegaCipher CIPHER = new OmegaCipher(IT);

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8})
    void threadsChangeNothingButSpeed(int threads) throws Exception {
        // more chunks than 2 * threads buffers, so buffers are reused, and a partial last chunk
        byte[] plain = new byte[(2 * threads + 3) * ParallelTransform.CHUNK + 12_345];
        new Random(threads).nextBytes(plain);
        long start = IT.firstPosition() + 77;

        byte[] single = serialReference(start, plain);
        ByteArrayOutputStream parallel = new ByteArrayOutputStream();
        MessageDigest encDigest = MessageDigest.getInstance("SHA-256");
        List<Long> progress = new ArrayList<>();
        ParallelTransform.copy(CIPHER, true, start, new ByteArrayInputStream(plain), plain.length, parallel, encDigest,
                threads, progress::add);
        assertArrayEquals(single, parallel.toByteArray());
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(plain);
        assertArrayEquals(expected, encDigest.digest());
        assertEquals((long) plain.length, progress.getLast());
        for (int i = 1; i < progress.size(); i++) {
            assertEquals(Math.min((long) (i + 1) * ParallelTransform.CHUNK, plain.length), progress.get(i));
        }

        ByteArrayOutputStream back = new ByteArrayOutputStream();
        MessageDigest decDigest = MessageDigest.getInstance("SHA-256");
        ParallelTransform.copy(CIPHER, false, start, new ByteArrayInputStream(parallel.toByteArray()), plain.length, back,
                decDigest, threads, done -> { });
        assertArrayEquals(plain, back.toByteArray());
        assertArrayEquals(expected, decDigest.digest());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void inputShorterThanAnnouncedIsAnEndOfFile(int threads) {
        byte[] plain = new byte[3 * ParallelTransform.CHUNK];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(EOFException.class, () -> ParallelTransform.copy(CIPHER, true, IT.firstPosition(),
                new ByteArrayInputStream(plain), plain.length + 1L, out, null, threads, done -> { }));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1000})
    void smallInputsOnManyThreadsMatchTheCipher(int length) throws Exception {
        byte[] plain = new byte[length];
        new Random(length).nextBytes(plain);
        long start = IT.firstPosition() + 5;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long next = ParallelTransform.copy(CIPHER, true, start, new ByteArrayInputStream(plain), length, out, null, 8,
                done -> { });
        assertEquals(start + length, next);
        assertArrayEquals(serialReference(start, plain), out.toByteArray());
    }

    /** The cipher applied to the whole array in one call. */
    private static byte[] serialReference(long start, byte[] plain) {
        byte[] c = plain.clone();
        CIPHER.encrypt(start, c, 0, c.length);
        return c;
    }
}
