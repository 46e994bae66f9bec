package domain.key;

import java.math.BigInteger;

/**
 * The capacity summary of a key size (SPEC §2): nominal size on disk, iteration capacity C, supported
 * number of Deltas {@code floor(C / nominal bytes)}, total capacity {@code Deltas * C}, and the maximum
 * file size C.
 */
public record Capacity(long nominalKeySizeBytes, long iterationCapacity, long supportedDeltas,
                       BigInteger totalCapacity, long maxFileSize) {

    /** The summary of {@code size}; the total is a BigInteger because BIG's (about 1.35 * 10^22) exceeds a long. */
    public static Capacity of(KeySize size) {
        long nominal = size.nominalBytes();
        long c = size.shape().iterationCapacity();
        long deltas = c / nominal;
        return new Capacity(nominal, c, deltas, BigInteger.valueOf(deltas).multiply(BigInteger.valueOf(c)), c);
    }
}
