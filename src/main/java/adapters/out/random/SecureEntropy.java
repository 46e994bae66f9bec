package adapters.out.random;

import application.port.out.Entropy;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;

/**
 * {@link Entropy} backed by the platform CSPRNG ({@link SecureRandom}, non-blocking seed source).
 *
 * <p>Requests of {@link #BULK} bytes or more (the random suffix of an encrypted file: up to 5 % of its length,
 * megabytes for a large file) are read from the kernel's CSPRNG, {@code /dev/urandom}, directly: the source
 * SecureRandom's NativePRNG reads too, without the SHA1PRNG output NativePRNG mixes into every byte. That mixing held
 * it to about 150 MB/s per core here, 0.4 CPU-seconds for the suffix of a 1 GiB file; the kernel gives about
 * 580 MB/s (ChaCha20 since Linux 5.18), where the JDK's AES-CTR reaches 0.4 GB/s only once compiled and the native
 * executable's AES, without AES-NI, less (docs/PERFORMANCE.md). Where {@code /dev/urandom} cannot be read, bulk
 * requests come from SecureRandom as smaller ones (key material, salts, nonces) always do.
 */
public final class SecureEntropy implements Entropy {
    /** Requests of at least this many bytes are read from the kernel's generator (4 KiB). */
    static final int BULK = 4096;

    /** Where bulk requests are read from: fills the array completely, or reports that it could not. */
    @FunctionalInterface
    interface BulkSource {
        /** Fills all of {@code bytes}; returns false (and may have filled part) when the source cannot be read. */
        boolean fill(byte[] bytes);
    }

    /** The kernel's CSPRNG. */
    static final BulkSource URANDOM = bytes -> {
        try (InputStream in = new FileInputStream("/dev/urandom")) {
            return in.readNBytes(bytes, 0, bytes.length) == bytes.length;
        } catch (IOException | SecurityException e) {
            return false;
        }
    };

    private final SecureRandom random;
    private final BulkSource bulk;

    public SecureEntropy() {
        this(new SecureRandom(), URANDOM);
    }

    SecureEntropy(SecureRandom random, BulkSource bulk) {
        this.random = random;
        this.bulk = bulk;
    }

    /** Fills {@code bytes} with random bytes. */
    @Override
    public void nextBytes(byte[] bytes) {
        if (bytes.length >= BULK && bulk.fill(bytes)) return;
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt(int boundExclusive) {
        return random.nextInt(boundExclusive);
    }

    @Override
    public Entropy fork() {
        return new SecureEntropy(new SecureRandom(), bulk);
    }
}
