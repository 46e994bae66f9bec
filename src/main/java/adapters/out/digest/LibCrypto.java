package adapters.out.digest;

/**
 * OpenSSL 3's low-level SHA-256 functions ({@code <openssl/sha.h>}: {@code SHA256_Init}, {@code SHA256_Update},
 * {@code SHA256_Final}) over Java arrays. The context is a {@code SHA256_CTX} held in {@code long[CTX_LONGS]} (layout in
 * {@link OpenSslSha256}). Each method returns what the C function returns: 1 on success.
 *
 * <p>{@link LinkedLibCrypto} is the implementation in the native executable; tests bind the same functions from the
 * system's shared libcrypto through java.lang.foreign, so the digest's bookkeeping runs against real OpenSSL on a JVM.
 */
interface LibCrypto {
    /** {@code sizeof(SHA256_CTX)} is 112 bytes in OpenSSL 1.1 and 3.x: 14 longs (a long[] keeps it 8-byte aligned). */
    int CTX_LONGS = 14;

    /** {@code SHA256_Init(ctx)}: the initial hash value of FIPS 180-4, section 5.3.3. */
    int init(long[] ctx);

    /** {@code SHA256_Update(ctx, data + off, len)}; {@code len > 0} and the range lies inside {@code data}. */
    int update(long[] ctx, byte[] data, int off, int len);

    /** {@code SHA256_Final(md, ctx)}: pads, writes the 32-byte digest to {@code md[0..31]}. */
    int fin(long[] ctx, byte[] md);
}
