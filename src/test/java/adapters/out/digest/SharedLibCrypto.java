package adapters.out.digest;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * {@link LibCrypto} bound to the system's shared libcrypto (libssl3's {@code libcrypto.so.3}, or 1.1) through
 * java.lang.foreign: the same C functions as {@link LinkedLibCrypto} calls in the native executable, so that
 * {@link OpenSslSha256} runs against real OpenSSL in a JVM test. Each call copies the context and data into native
 * memory and the context back.
 */
final class SharedLibCrypto implements LibCrypto {
    private static final long CTX_BYTES = CTX_LONGS * 8L;
    private final MethodHandle init;
    private final MethodHandle update;
    private final MethodHandle fin;

    private SharedLibCrypto(SymbolLookup lib) {
        Linker linker = Linker.nativeLinker();
        init = linker.downcallHandle(lib.find("SHA256_Init").orElseThrow(), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        update = linker.downcallHandle(lib.find("SHA256_Update").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
        fin = linker.downcallHandle(lib.find("SHA256_Final").orElseThrow(), FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    }

    /** The system's libcrypto, or empty when there is none. */
    static Optional<LibCrypto> load() {
        for (String name : new String[] {"libcrypto.so.3", "libcrypto.so.1.1"}) {
            try {
                return Optional.of(new SharedLibCrypto(SymbolLookup.libraryLookup(name, Arena.global())));
            } catch (IllegalArgumentException absent) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    @Override
    public int init(long[] ctx) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment c = a.allocate(CTX_BYTES, 8);
            int r = (int) init.invokeExact(c);
            MemorySegment.copy(c, JAVA_LONG, 0, ctx, 0, CTX_LONGS);
            return r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    @Override
    public int update(long[] ctx, byte[] data, int off, int len) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment c = a.allocateFrom(JAVA_LONG, ctx);
            MemorySegment d = a.allocate(len);
            MemorySegment.copy(data, off, d, JAVA_BYTE, 0, len);
            int r = (int) update.invokeExact(c, d, (long) len);
            MemorySegment.copy(c, JAVA_LONG, 0, ctx, 0, CTX_LONGS);
            return r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    @Override
    public int fin(long[] ctx, byte[] md) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment c = a.allocateFrom(JAVA_LONG, ctx);
            MemorySegment m = a.allocate(md.length);
            int r = (int) fin.invokeExact(m, c);
            MemorySegment.copy(m, JAVA_BYTE, 0, md, 0, md.length);
            MemorySegment.copy(c, JAVA_LONG, 0, ctx, 0, CTX_LONGS);
            return r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
