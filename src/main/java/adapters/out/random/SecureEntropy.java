package adapters.out.random;

import application.port.out.Entropy;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * {@link Entropy} backed by the platform CSPRNG ({@link SecureRandom}, non-blocking seed source).
 *
 * <p>Requests of {@link #BULK} bytes or more (the random suffix of an encrypted file: up to 5 % of its length,
 * megabytes for a large file) are read from the kernel's CSPRNG, the character device {@code /dev/urandom}, directly:
 * the source SecureRandom's NativePRNG reads too, without the SHA1PRNG output NativePRNG mixes into every byte, which
 * made the suffix of a 1 GiB file cost up to 0.4 CPU-seconds (docs/PERFORMANCE.md, "Where a 1 GiB encrypt and decrypt
 * spend their CPU"). Where there is no such device (Windows, where the path would name a file any local account may
 * create) or it cannot be read, bulk requests come from SecureRandom, as smaller ones (key material, salts, nonces)
 * always do.
 */
public final class SecureEntropy implements Entropy {
    /**
     * Requests of at least this many bytes are read from the kernel's generator (4 KiB): below it, opening and closing
     * the device costs more than SecureRandom's mixing of the bytes.
     */
    static final int BULK = 4096;
    static final Path URANDOM_DEVICE = Path.of("/dev/urandom");

    /** Where bulk requests are read from: fills the array completely, or reports that it could not. */
    @FunctionalInterface
    interface BulkSource {
        /** Fills all of {@code bytes}; returns false (and may have filled part) when the source cannot be read. */
        boolean fill(byte[] bytes);
    }

    /** The kernel's CSPRNG, when {@code /dev/urandom} is a character device on a POSIX system. */
    static final BulkSource URANDOM = bytes -> {
        if (!isCharacterDevice(URANDOM_DEVICE)) return false;
        try (InputStream in = new FileInputStream(URANDOM_DEVICE.toFile())) {
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

    /**
     * Whether {@code path} is a character device (POSIX {@code S_IFCHR}), not a regular file, FIFO or link someone
     * planted there; false on systems without POSIX file modes.
     */
    static boolean isCharacterDevice(Path path) {
        if (File.separatorChar != '/') return false;
        try {
            Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return mode instanceof Integer m && (m & 0170000) == 0020000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return false;
        }
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
