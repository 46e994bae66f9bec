package adapters.out.container;

/**
 * CRC-32C of a concatenation from the CRCs of its parts, as zlib's {@code crc32_combine}: appending
 * {@code len2} bytes multiplies the first CRC by x^(8 len2) modulo the polynomial, computed by repeated
 * squaring of the one-zero-bit operator as 32x32 matrices over GF(2), O(log len2).
 */
final class Crc32c {
    /** CRC-32C (Castagnoli) polynomial, bit-reflected, as {@link java.util.zip.CRC32C} uses it. */
    private static final int POLY = 0x82F63B78;

    private Crc32c() { }

    /** CRC-32C of {@code A ‖ B} from {@code crc1 = CRC(A)}, {@code crc2 = CRC(B)} and the length of B. */
    static int combine(int crc1, int crc2, long len2) {
        if (len2 <= 0) return crc1; // B is empty: CRC(A ‖ B) = CRC(A)
        int[] even = new int[32];
        int[] odd = new int[32];
        odd[0] = POLY; // the operator for one zero bit
        int row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        int c = crc1;
        long len = len2;
        do {
            square(even, odd); // first pass: one zero byte
            if ((len & 1) != 0) c = times(even, c);
            len >>>= 1;
            if (len == 0) break;
            square(odd, even);
            if ((len & 1) != 0) c = times(odd, c);
            len >>>= 1;
        } while (len != 0);
        return c ^ crc2;
    }

    private static int times(int[] mat, int vec) {
        int sum = 0;
        int i = 0;
        while (vec != 0) {
            if ((vec & 1) != 0) sum ^= mat[i];
            vec >>>= 1;
            i++;
        }
        return sum;
    }

    private static void square(int[] square, int[] mat) {
        for (int n = 0; n < 32; n++) square[n] = times(mat, mat[n]);
    }
}
