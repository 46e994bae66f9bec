package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What protects the random suffix of an encrypted file, as docs/FORMAT.md section 2 states it: in plain mode only
 * the CRC-32C trailer (a changed suffix with a recomputed trailer decrypts, to the same plaintext, since the suffix
 * never reaches the output); under the traditional layer, the container's AEAD (any change is refused).
 */
@QuarkusMainTest
class SuffixCommandTest {
    /** The end record (nil UUID and length 0) that closes every container body (FORMAT.md 1.2). */
    private static final int END_RECORD = 24;
    private static final int SUFFIX = 200;

    @TempDir
    Path tmp;

    @Test
    void plainModeCoversTheSuffixWithTheTrailerOnlyAndSecureModeAuthenticatesIt(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        omega.setUpKey();
        byte[] data = new byte[3000];
        new Random(14).nextBytes(data);

        Path plain = CraftedFiles.with(omega.root, "data.bin", data, SUFFIX, Optional.empty(), tmp.resolve("plain.omegasafe"));
        byte[] file = Files.readAllBytes(plain);
        int lastSuffixByte = file.length - 4 - END_RECORD - 1; // before the end record and the 4-byte CRC-32C trailer
        file[lastSuffixByte] ^= 0x5a;
        Files.write(plain, file);
        LaunchResult damaged = omega.run("decrypt", "-i", plain.toString(), "-o", Files.createDirectory(tmp.resolve("a")).toString());
        assertEquals(1, damaged.exitCode(), "without a recomputed trailer the change is damage: " + damaged.getOutput());
        assertTrue(damaged.getErrorOutput().contains("damaged"), damaged.getErrorOutput());

        CRC32C crc = new CRC32C();
        crc.update(file, 0, file.length - 4);
        ByteBuffer.wrap(file, file.length - 4, 4).putInt((int) crc.getValue());
        Files.write(plain, file);
        Path back = Files.createDirectory(tmp.resolve("b"));
        omega.ok("decrypt", "-i", plain.toString(), "-o", back.toString());
        assertArrayEquals(data, Files.readAllBytes(back.resolve("data.bin")), "the suffix never reaches the output");

        String password = "Traditional-Layer-2026";
        omega.ok("set-config", "-t", password);
        Path secure = CraftedFiles.with(omega.root, "data.bin", data, SUFFIX, Optional.of(password), tmp.resolve("secure.omegasafe"));
        Path ok = Files.createDirectory(tmp.resolve("c"));
        omega.ok("decrypt", "-i", secure.toString(), "-o", ok.toString());
        byte[] sealed = Files.readAllBytes(secure);
        sealed[sealed.length - 16 - END_RECORD - 1] ^= 0x5a; // one chunk: the body, then its 16-byte tag
        Files.write(secure, sealed);
        LaunchResult refused = omega.run("decrypt", "-i", secure.toString(), "-o", Files.createDirectory(tmp.resolve("d")).toString());
        assertEquals(1, refused.exitCode(), refused.getOutput());
        assertTrue(refused.getErrorOutput().contains("integrity"), refused.getErrorOutput());
    }
}
