package adapters.out.container;

import java.util.Objects;
import java.util.zip.Checksum;
import org.graalvm.nativeimage.PinnedObject;
import org.graalvm.nativeimage.c.function.CFunction;
import org.graalvm.word.PointerBase;

/**
 * CRC-32C (RFC 3720, appendix B.4) with the same state and results as {@link java.util.zip.CRC32C}, computed by
 * {@code omegasafe_crc32c_update} ({@code src/main/c/crc32c.c}, the SSE4.2 {@code crc32} instruction), which the
 * native profile of pom.xml compiles and links into the executable. The native image's own CRC32C is portable Java
 * code, which took 16 % of a 1 GiB encrypt's CPU in the native executable; the instruction does 8 bytes at a time
 * (docs/PERFORMANCE.md).
 *
 * <p>Native image only ({@link Sfc#trailer()} chooses it there): on a JVM the {@code @CFunction} has no implementation,
 * and HotSpot's CRC32C intrinsic is as fast. Arrays are pinned for each call, since a call leaves the Java state and a
 * collection may run meanwhile on another thread. One instance serves one thread at a time.
 */
final class LinkedCrc32c implements Checksum {
    private static final int INITIAL = 0xFFFFFFFF;
    private final byte[] one = new byte[1];
    /** The CRC register before the final complement, as java.util.zip.CRC32C keeps it. */
    private int crc = INITIAL;

    @CFunction(value = "omegasafe_crc32c_update", transition = CFunction.Transition.TO_NATIVE)
    private static native int update(int crc, PointerBase data, long len);

    @Override
    public void update(int b) {
        one[0] = (byte) b;
        update(one, 0, 1);
    }

    @Override
    public void update(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) return;
        try (PinnedObject p = PinnedObject.create(b)) {
            crc = update(crc, p.addressOfArrayElement(off), len);
        }
    }

    @Override
    public long getValue() {
        return ~crc & 0xFFFFFFFFL;
    }

    @Override
    public void reset() {
        crc = INITIAL;
    }
}
