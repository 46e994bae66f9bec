package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import adapters.config.Wiring;
import adapters.config.Workspace;
import application.port.in.DecryptFileUseCase;
import application.port.in.EncryptFileUseCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plaintext's SHA-256, which encrypt records and decrypt verifies before its output appears, is the same in the
 * packaged application and on the JVM: in the native executable it comes from the OpenSSL linked into it
 * (adapters.out.digest), in this test's JVM from the JDK, which runs the same application code in process on the same
 * config root. A file encrypted by either runtime decrypts with the other, so each side's digest equals the JDK's.
 * The same holds for the container's CRC-32C trailer, which the native executable computes with the linked
 * {@code src/main/c/crc32c.c} (adapters.out.container.LinkedCrc32c) and the JVM with the JDK's CRC32C: each side
 * checks the other's trailer before its output appears. Sizes: empty, one byte, SHA-256's padding limit (55 bytes fit one
 * block with the length, 56 need a second), one block, and one byte past the 1 MiB chunk the hash is fed in.
 */
class Sha256AcrossRuntimesIT {
    private static final int[] SIZES = {0, 1, 55, 56, 64, (1 << 20) + 1};

    @TempDir
    static Path tmp;
    private static Root root;
    private static UUID key;

    @BeforeAll
    static void rootWithAKey() throws Exception {
        root = Root.init(tmp, "cfg");
        root.sfcEcs("local", root.dir.resolve("claims.sfc"));
        key = UUID.fromString(root.smallKey("k"));
    }

    @Test
    void filesEncryptedByEitherRuntimeDecryptWithTheOther() throws Exception {
        // on the JVM both sides hash with the JDK, and RoundTripIT covers the sizes
        Assumptions.assumeTrue(Packaged.isNative(), "the packaged application is the jar: both sides use the JDK's SHA-256");
        // The containers the packaged application wrote (their key checks hash with SHA-256 too) open in this JVM.
        Workspace jvm = new Wiring().open(root.dir, false);
        for (int size : SIZES) {
            Path input = Root.randomFile(tmp, "in-" + size + ".bin", size);
            byte[] plain = Files.readAllBytes(input);
            Path enc = Files.createDirectory(tmp.resolve("enc-" + size));

            root.ok("encrypt", "-i", input.toString(), "-k", key.toString(), "-o", enc.toString(), "-f", "packaged.omegasafe");
            Path back = Files.createDirectory(tmp.resolve("packaged-to-jvm-" + size));
            jvm.decrypt().decrypt(new DecryptFileUseCase.Request(enc.resolve("packaged.omegasafe"), Optional.of(back),
                    Optional.empty(), 2));
            assertArrayEquals(plain, Files.readAllBytes(back.resolve(input.getFileName())), "packaged -> JVM, size " + size);

            jvm.encrypt().encrypt(new EncryptFileUseCase.Request(input, key, Optional.of(enc), Optional.of("jvm.omegasafe"), 2));
            back = Files.createDirectory(tmp.resolve("jvm-to-packaged-" + size));
            root.ok("decrypt", "-i", enc.resolve("jvm.omegasafe").toString(), "-o", back.toString());
            assertArrayEquals(plain, Files.readAllBytes(back.resolve(input.getFileName())), "JVM -> packaged, size " + size);
        }
    }

    @Test
    void theNativeExecutableHashesWithTheLinkedOpenSslTheJvmWithTheJdk() throws Exception {
        Path input = Root.randomFile(tmp, "debug.bin", 1000);
        Path out = Files.createDirectory(tmp.resolve("debug"));
        Packaged.Run r = root.ok("encrypt", "-i", input.toString(), "-k", key.toString(), "-o", out.toString(), "-l", "DEBUG");
        assertEquals(Packaged.isNative(), r.stdout().contains("DEBUG: SHA-256 from OpenSSL's libcrypto"), r.all());
    }
}
