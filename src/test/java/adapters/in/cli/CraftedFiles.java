package adapters.in.cli;

import adapters.out.file.EncryptedFileContainer;
import adapters.out.fs.SecureContainer;
import adapters.out.random.SecureEntropy;
import adapters.out.store.SfcKeyStore;
import application.service.stream.FileEncryptor;
import domain.format.EncryptionMetadata;
import domain.key.KeyIteration;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Encrypted files made directly with a config root's latest Delta, holding any stored name, as a file written by
 * another program (or modified by someone holding the key) may hold: the FileMetadata block allows any UTF-8 name of
 * up to 977 bytes. Positions near the end of the Delta are used, which the tests never reach otherwise.
 */
final class CraftedFiles {
    private CraftedFiles() { }

    static Path withStoredName(Path root, String storedName, byte[] plaintext, Path target) throws Exception {
        return with(root, storedName, plaintext, 0, Optional.empty(), target);
    }

    /** As {@link #withStoredName}, with a random suffix of {@code suffix} bytes and, when given, the traditional layer. */
    static Path with(Path root, String storedName, byte[] plaintext, long suffix, Optional<String> traditionalPassword, Path target)
            throws Exception {
        String password = System.getenv("OMEGASAFE_CONFIG_PASSWORD");
        SfcKeyStore keys = new SfcKeyStore(new SecureContainer(root.resolve("omegasafe_keys.sfc"), () -> password));
        UUID key = keys.keysWithAlpha().getFirst();
        KeyIteration delta = keys.iterations(key).getLast();
        long start = delta.lastPosition() - 10_000_000L;
        new FileEncryptor(new EncryptedFileContainer(), new SecureEntropy()).write(target, delta, start, storedName,
                new FileEncryptor.Plan(plaintext.length, suffix), () -> new ByteArrayInputStream(plaintext), traditionalPassword);
        return target;
    }

    /**
     * An encrypted file that says it starts at {@code globalPositionStart} of {@code key}, with random data behind a
     * valid container (what a damaged or forged file can say).
     */
    static Path withStart(UUID key, long globalPositionStart, Path target) throws Exception {
        int length = 2048;
        new EncryptedFileContainer().write(target, new EncryptionMetadata(key, globalPositionStart), length, 1024, Optional.empty(),
                out -> {
                    out.write(new byte[length - 1024]);
                    return new byte[1024];
                });
        return target;
    }
}
