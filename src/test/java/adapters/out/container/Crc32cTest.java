package adapters.out.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Combining the CRCs of two parts gives the CRC of the whole, for every split of random data. */
class Crc32cTest {

    @ParameterizedTest
    @CsvSource({"0,0", "0,7", "1,1", "5,0", "100,3", "3,100", "4096,65537", "65552,1048576"})
    void combineEqualsTheCrcOfTheConcatenation(int lenA, int lenB) {
        byte[] data = new byte[lenA + lenB];
        new Random(lenA * 31L + lenB).nextBytes(data);
        assertEquals(crc(data, 0, data.length), Crc32c.combine(crc(data, 0, lenA), crc(data, lenA, lenB), lenB));
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        return (int) c.getValue();
    }
}
