package adapters.out.digest;

import org.graalvm.nativeimage.PinnedObject;
import org.graalvm.nativeimage.c.function.CFunction;
import org.graalvm.word.PointerBase;

/**
 * {@link LibCrypto} as direct calls into the libcrypto.a linked into the native executable (pom.xml, native profile:
 * {@code -H:NativeLinkerOption=<libcrypto.a>}). The arrays are pinned for the duration of each call, because a call
 * leaves the Java state and a collection may run meanwhile on another thread. Native image only: on a JVM the
 * {@code @CFunction} methods have no implementation.
 */
final class LinkedLibCrypto implements LibCrypto {
    static final LinkedLibCrypto INSTANCE = new LinkedLibCrypto();

    private LinkedLibCrypto() { }

    @CFunction("SHA256_Init")
    private static native int sha256Init(PointerBase ctx);

    @CFunction("SHA256_Update")
    private static native int sha256Update(PointerBase ctx, PointerBase data, long len);

    @CFunction("SHA256_Final")
    private static native int sha256Final(PointerBase md, PointerBase ctx);

    @Override
    public int init(long[] ctx) {
        try (PinnedObject c = PinnedObject.create(ctx)) {
            return sha256Init(c.addressOfArrayElement(0));
        }
    }

    @Override
    public int update(long[] ctx, byte[] data, int off, int len) {
        try (PinnedObject c = PinnedObject.create(ctx); PinnedObject d = PinnedObject.create(data)) {
            return sha256Update(c.addressOfArrayElement(0), d.addressOfArrayElement(off), len);
        }
    }

    @Override
    public int fin(long[] ctx, byte[] md) {
        try (PinnedObject c = PinnedObject.create(ctx); PinnedObject m = PinnedObject.create(md)) {
            return sha256Final(m.addressOfArrayElement(0), c.addressOfArrayElement(0));
        }
    }
}
