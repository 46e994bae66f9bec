package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traditional layer set in config.ini: hides the metadata; missing or wrong password fails cleanly. */
@QuarkusMainTest
class TraditionalLayerCommandTest {

    @TempDir
    Path tmp;

    private static void setPass(Path root, String pass) throws Exception {
        Path ini = root.resolve("config.ini");
        String text = Files.readString(ini).replaceAll("(?m)^TRADITIONAL_ENC_LAYER_PASS\\s*=.*$",
                "TRADITIONAL_ENC_LAYER_PASS = " + pass);
        Files.writeString(ini, text);
    }

    @Test
    void theLayerHidesMetadataAndNeedsTheSamePassword(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        String key = omega.setUpKey();
        setPass(omega.root, "Layer-pass-1");
        byte[] data = new byte[70_000];
        new Random(3).nextBytes(data);
        Path input = Files.write(tmp.resolve("secret.bin"), data);
        omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "s.omegasafe");
        String raw = new String(Files.readAllBytes(tmp.resolve("s.omegasafe")), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(key), "key UUID must not be readable under the traditional layer");
        assertFalse(raw.contains("global_position_start"));

        Path back = Files.createDirectory(tmp.resolve("back"));
        setPass(omega.root, "");
        LaunchResult missing = omega.run("decrypt", "-i", tmp.resolve("s.omegasafe").toString(), "-o", back.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.getErrorOutput().startsWith("error: "), missing.getErrorOutput());
        assertTrue(missing.getErrorOutput().contains("OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS"), missing.getErrorOutput());

        setPass(omega.root, "Wrong-pass-2");
        LaunchResult wrong = omega.run("decrypt", "-i", tmp.resolve("s.omegasafe").toString(), "-o", back.toString());
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.getErrorOutput().contains("wrong traditional-layer password"), wrong.getErrorOutput());
        assertFalse(wrong.getErrorOutput().contains("Wrong-pass-2"), "the password must never be printed");
        try (var s = Files.list(back)) {
            assertEquals(0, s.count());
        }

        setPass(omega.root, "Layer-pass-1");
        omega.ok("decrypt", "-i", tmp.resolve("s.omegasafe").toString(), "-o", back.toString());
        assertArrayEquals(data, Files.readAllBytes(back.resolve("secret.bin")));
    }
}
