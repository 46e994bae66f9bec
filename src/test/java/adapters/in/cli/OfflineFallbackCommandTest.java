package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OFFLINE cache through {@code encrypt}: ECS outage with OFFLINE_MODE off, and OFFLINE_MODE on. */
@QuarkusMainTest
class OfflineFallbackCommandTest {

    @TempDir
    Path tmp;


    private Path file(String name, int size) throws Exception {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return Files.write(tmp.resolve(name), b);
    }

    private static byte[] sha(Path p) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
    }

    @Test
    void encryptFallsBackToOfflineClaimsWhenTheEcsIsUnreachableAndInOfflineMode(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        String key = omega.setUpKey();
        Path ecsFile = omega.root.resolve("claims.sfc");
        Omega.set(omega.root, "CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0.00001");
        Omega.set(omega.root, "CACHE_OFFLINE_KEY_CAPACITY_GB", "0.001");
        Path out = Files.createDirectory(tmp.resolve("out"));

        omega.ok("encrypt", "-i", file("a.bin", 2_000).toString(), "-k", key, "-o", out.toString(), "-f", "a.enc");

        // ECS unreachable, OFFLINE_MODE false: the external path fails as unavailable, OFFLINE serves it
        Path away = omega.root.resolve("claims.sfc.away");
        Files.move(ecsFile, away);
        omega.ok("encrypt", "-i", file("b.bin", 20_000).toString(), "-k", key, "-o", out.toString(), "-f", "b.enc");

        // larger than any OFFLINE claim: fails with a clear error, nothing written
        LaunchResult big = omega.run("encrypt", "-i", file("c.bin", 2_000_000).toString(), "-k", key, "-o", out.toString(),
                "-f", "c.enc");
        assertEquals(3, big.exitCode(), "insufficient OFFLINE cache because the ECS is unavailable: retry later");
        assertTrue(big.getErrorOutput().startsWith("error: ") && big.getErrorOutput().contains("OFFLINE"), big.getErrorOutput());
        assertTrue(Files.notExists(out.resolve("c.enc")));

        // ECS back, OFFLINE_MODE true: served from OFFLINE without touching the ECS file
        Files.move(away, ecsFile);
        byte[] ecsBefore = sha(ecsFile);
        Omega.set(omega.root, "OFFLINE_MODE", "TRUE");
        omega.ok("encrypt", "-i", file("d.bin", 20_000).toString(), "-k", key, "-o", out.toString(), "-f", "d.enc");
        assertArrayEquals(ecsBefore, sha(ecsFile), "OFFLINE_MODE must not claim from the ECS");

        Path back = Files.createDirectory(tmp.resolve("back"));
        for (String n : new String[] {"a", "b", "d"}) {
            omega.ok("decrypt", "-i", out.resolve(n + ".enc").toString(), "-o", back.toString());
            assertArrayEquals(Files.readAllBytes(tmp.resolve(n + ".bin")), Files.readAllBytes(back.resolve(n + ".bin")));
        }
    }
}
