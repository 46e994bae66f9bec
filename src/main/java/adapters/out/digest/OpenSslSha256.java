package adapters.out.digest;

import java.security.MessageDigest;
import java.security.ProviderException;
import java.util.Objects;

/**
 * SHA-256 (FIPS 180-4) as a {@link MessageDigest}, computed by OpenSSL 3's {@code SHA256_Init}, {@code SHA256_Update}
 * and {@code SHA256_Final} ({@code <openssl/sha.h>}; deprecated in 3.0 in favour of EVP, still exported, and the same
 * block functions without EVP's provider lookup and heap context per digest). libcrypto picks its block function when
 * it is loaded, from CPUID ({@code OPENSSL_ia32cap}): SHA-NI where the CPU has it, else AVX2, SSSE3 or plain x86-64.
 * So one executable runs on any x86-64 CPU and uses SHA-NI where there is one.
 *
 * <p>Shapes: input is any byte range, in any number of updates; the digest is 32 bytes; {@link #digest()} resets the
 * instance to the initial state, as every {@code MessageDigest} does.
 *
 * <p>State: the C {@code SHA256_CTX}, {@code struct SHA256state_st { uint32 h[8]; uint32 Nl, Nh; uint32 data[16];
 * unsigned num, md_len; }}: 112 bytes (the chaining value, the bit length in two halves, the partial block and its
 * fill, the digest length), with no pointers. It lives in a Java {@code long[14]}, pinned during each call, so there
 * is nothing native to allocate or free and {@link #clone()} is an array copy.
 *
 * <p>Thread-safety: as any {@code MessageDigest}, one instance serves one thread at a time; distinct instances are
 * independent (the C functions touch only their context, and {@code OPENSSL_ia32cap} is set once, by libcrypto's
 * initialiser, before {@code main}).
 *
 * <p>Errors: the C functions return 1 (OpenSSL 3.0, crypto/sha/sha256.c and md32_common.h); {@code SHA256_Final}
 * returns 0 only for a context whose digest length it does not know, which {@code SHA256_Init} never sets. Any result
 * other than 1 is a {@link ProviderException}. Array bounds are checked before an address is formed.
 *
 * <p>Only in the native executable (through {@link OpenSslSha256Provider}); on a JVM {@link LinkedLibCrypto} has no
 * implementation, and HotSpot's own SHA-NI intrinsic is faster there anyway.
 */
final class OpenSslSha256 extends MessageDigest implements Cloneable {
    /** FIPS 180-4: SHA-256 produces a 256-bit message digest. */
    static final int DIGEST_LENGTH = 32;

    private final LibCrypto libCrypto;
    private long[] ctx = new long[LibCrypto.CTX_LONGS];

    OpenSslSha256() {
        this(LinkedLibCrypto.INSTANCE);
    }

    OpenSslSha256(LibCrypto libCrypto) {
        super("SHA-256");
        this.libCrypto = libCrypto;
        engineReset();
    }

    @Override
    protected int engineGetDigestLength() {
        return DIGEST_LENGTH;
    }

    @Override
    protected void engineReset() {
        check(libCrypto.init(ctx), "SHA256_Init");
    }

    @Override
    protected void engineUpdate(byte input) {
        engineUpdate(new byte[] {input}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        Objects.checkFromIndexSize(offset, len, input.length);
        if (len == 0) return;
        check(libCrypto.update(ctx, input, offset, len), "SHA256_Update");
    }

    @Override
    protected byte[] engineDigest() {
        byte[] md = new byte[DIGEST_LENGTH];
        check(libCrypto.fin(ctx, md), "SHA256_Final");
        engineReset();
        return md;
    }

    /** An independent copy in the same state (HMAC and TLS clone digests to hash a common prefix once). */
    @Override
    public Object clone() throws CloneNotSupportedException {
        OpenSslSha256 copy = (OpenSslSha256) super.clone();
        copy.ctx = ctx.clone();
        return copy;
    }

    private static void check(int result, String function) {
        if (result != 1) throw new ProviderException(function + " failed (returned " + result + ")");
    }
}
