package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A byte flipped inside a container is refused, never read as data, and putting the byte back makes the file usable
 * again: in the keys container and in an encrypted file under the traditional layer (secure mode: AES-256-GCM, OpenSSL's
 * in the native executable, the JDK's on the JVM), and in a plain encrypted file (the CRC-32C trailer, in the native
 * executable the linked SSE4.2 code). Each refusal is an {@code error:} line naming the damage, a {@code hint:} line and
 * a non-zero exit, and leaves no output file.
 */
class DamagedContainersIT {
    private static final int SIZE = 300_000;   // several 64 KiB chunks of a secure container

    @TempDir
    Path tmp;

    @Test
    void aFlippedByteInTheKeysContainerIsReportedAsDamage() throws Exception {
        Root root = Root.init(tmp, "cfg");
        root.sfcEcs("local", root.dir.resolve("claims.sfc"));
        String key = root.smallKey("k");
        Path keys = root.dir.resolve("omegasafe_keys.sfc");
        byte[] good = Files.readAllBytes(keys);
        Files.write(keys, flipped(good));

        Packaged.Run r = root.run("list-keys");
        assertEquals(1, r.process().exitValue(), r.all());
        assertRefused(r, "error: cannot open omegasafe_keys.sfc: container integrity check failed");
        assertFalse(r.stdout().contains(key), r.all());

        Files.write(keys, good);
        assertTrue(root.ok("list-keys").stdout().contains(key));
    }

    @Test
    void aFlippedByteInAnEncryptedFileUnderTheTraditionalLayerIsReportedAsDamage() throws Exception {
        Root root = Root.init(tmp, "cfg");
        root.sfcEcs("local", root.dir.resolve("claims.sfc"));
        String key = root.smallKey("k");
        root.set("TRADITIONAL_ENC_LAYER_PASS", "It-layer-pass-9");
        refusedWhenFlippedAndReadableWhenRepaired(root, key);
    }

    @Test
    void aFlippedByteInAPlainEncryptedFileIsReportedAsDamage() throws Exception {
        Root root = Root.init(tmp, "cfg");
        root.sfcEcs("local", root.dir.resolve("claims.sfc"));
        refusedWhenFlippedAndReadableWhenRepaired(root, root.smallKey("k"));
    }

    private void refusedWhenFlippedAndReadableWhenRepaired(Root root, String key) throws Exception {
        Path input = Root.randomFile(tmp, "in.bin", SIZE);
        Path enc = Files.createDirectory(tmp.resolve("enc"));
        root.ok("encrypt", "-i", input.toString(), "-k", key, "-o", enc.toString(), "-f", "in.omegasafe");
        Path encrypted = enc.resolve("in.omegasafe");
        byte[] good = Files.readAllBytes(encrypted);
        Files.write(encrypted, flipped(good));

        Path out = Files.createDirectory(tmp.resolve("out"));
        Packaged.Run r = root.run("decrypt", "-i", encrypted.toString(), "-o", out.toString());
        assertEquals(1, r.process().exitValue(), r.all());
        assertRefused(r, "error: the encrypted file is damaged: container integrity check failed");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.toList(), "no output, not even a temporary file");
        }

        Files.write(encrypted, good);
        root.ok("decrypt", "-i", encrypted.toString(), "-o", out.toString());
        assertArrayEquals(Files.readAllBytes(input), Files.readAllBytes(out.resolve("in.bin")));
    }

    /** The bytes with one bit flipped in the middle (inside the sealed chunks or the payload). */
    private static byte[] flipped(byte[] good) {
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 0x01;
        return bad;
    }

    private static void assertRefused(Packaged.Run r, String error) throws java.io.IOException {
        String[] lines = r.stderr().split("\n");
        assertEquals(2, lines.length, r.stderr());
        assertTrue(lines[0].startsWith(error), r.stderr());
        assertTrue(lines[1].startsWith("hint: "), r.stderr());
    }
}
