package application.service.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.Keys;
import domain.transform.OmegaCipher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The threaded transform gives exactly the single-threaded result, and the plaintext digest alongside. */
class ParallelTransformTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 8})
    void threadsChangeNothingButSpeed(int threads) throws Exception {
        KeyIteration it = Keys.iteration(new KeyShape(976, 976, 3), 1, 5);
        OmegaCipher cipher = new OmegaCipher(it);
        byte[] plain = new byte[3 * ParallelTransform.CHUNK + 12_345];
        new Random(threads).nextBytes(plain);
        long start = it.firstPosition() + 77;

        ByteArrayOutputStream single = new ByteArrayOutputStream();
        ParallelTransform.copy(cipher, true, start, new ByteArrayInputStream(plain), plain.length, single, null, 1);
        ByteArrayOutputStream parallel = new ByteArrayOutputStream();
        MessageDigest encDigest = MessageDigest.getInstance("SHA-256");
        ParallelTransform.copy(cipher, true, start, new ByteArrayInputStream(plain), plain.length, parallel, encDigest, threads);
        assertArrayEquals(single.toByteArray(), parallel.toByteArray());
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(plain);
        assertArrayEquals(expected, encDigest.digest());

        ByteArrayOutputStream back = new ByteArrayOutputStream();
        MessageDigest decDigest = MessageDigest.getInstance("SHA-256");
        ParallelTransform.copy(cipher, false, start, new ByteArrayInputStream(parallel.toByteArray()), plain.length, back,
                decDigest, threads);
        assertArrayEquals(plain, back.toByteArray());
        assertArrayEquals(expected, decDigest.digest());
    }
}
