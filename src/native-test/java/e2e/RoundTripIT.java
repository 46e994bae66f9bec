package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against the packaged application (the jar, or the native executable with -Dnative):
 * round trips of the sizes around the 1024-byte metadata block and large files, with and without the
 * traditional layer.
 */
@QuarkusMainIntegrationTest
class RoundTripIT {
    /** Sizes around the 1024-byte prefix, a MiB not aligned to any buffer, and 64 MiB. */
    private static final long[] SIZES = {0, 1, 1023, 1024, 1025, (1 << 20) + 7, 64L << 20};

    @TempDir
    Path tmp;

    private LaunchResult ok(QuarkusMainLauncher l, Path cfg, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--config-dir");
        all.add(cfg.toString());
        LaunchResult r = l.launch(all.toArray(String[]::new));
        assertEquals(0, r.exitCode(), () -> String.join(" ", args) + "\nstdout: " + r.getOutput() + "\nstderr: " + r.getErrorOutput());
        return r;
    }

    private static Path randomFile(Path file, long size, long seed) throws Exception {
        Random random = new Random(seed);
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; ) {
                random.nextBytes(buf);
                int n = (int) Math.min(buf.length, left);
                out.write(buf, 0, n);
                left -= n;
            }
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private String setUp(QuarkusMainLauncher l, Path cfg) throws Exception {
        ok(l, cfg, "init", "--skip-http-ecs");
        ok(l, cfg, "create-sfc-ecs", "-n", "local", "-p", cfg.resolve("claims.sfc").toString(), "-y");
        ok(l, cfg, "create-key", "-k", "it-key", "-n", "0.25", "-r", "0.25", "-c", "3");
        LaunchResult keys = ok(l, cfg, "list-keys", "--json", "--log-level", "WARNING");
        return new ObjectMapper().readTree(keys.getOutput()).get("keys").get(0).get("key_uuid").asText();
    }

    private void roundTrips(QuarkusMainLauncher l, Path cfg, String key, String tag) throws Exception {
        for (long size : SIZES) {
            Path dir = Files.createDirectories(tmp.resolve(tag + "-" + size));
            Path input = randomFile(dir.resolve("in-" + size + ".bin"), size, size + 17);
            Path enc = Files.createDirectory(dir.resolve("enc"));
            Path dec = Files.createDirectory(dir.resolve("dec"));
            LaunchResult e = ok(l, cfg, "encrypt", "-i", input.toString(), "-k", key, "-o", enc.toString());
            assertTrue(e.getOutput().contains("File encrypted successfully: "), e.getOutput());
            Path encrypted;
            try (var s = Files.list(enc)) {
                encrypted = s.findFirst().orElseThrow();
            }
            assertTrue(Files.size(encrypted) >= size + 1024, "encrypted file holds prefix and payload");
            LaunchResult d = ok(l, cfg, "decrypt", "-i", encrypted.toString(), "-o", dec.toString());
            Path output = dec.resolve(input.getFileName());
            assertTrue(d.getOutput().contains("File decrypted successfully: " + output), d.getOutput());
            assertEquals(size, Files.size(output));
            assertEquals(sha256(input), sha256(output), "size " + size);
            try (var s = Files.list(dec)) {
                assertEquals(1, s.count(), "no temporary files left behind");
            }
        }
    }

    @Test
    void roundTripsWithoutTheTraditionalLayer(QuarkusMainLauncher l) throws Exception {
        Path cfg = Files.createDirectory(tmp.resolve("cfg"));
        roundTrips(l, cfg, setUp(l, cfg), "plain");
    }

    @Test
    void roundTripsWithTheTraditionalLayer(QuarkusMainLauncher l) throws Exception {
        Path cfg = Files.createDirectory(tmp.resolve("cfg"));
        String key = setUp(l, cfg);
        Path ini = cfg.resolve("config.ini");
        Files.writeString(ini, Files.readString(ini).replaceAll("(?m)^TRADITIONAL_ENC_LAYER_PASS\\s*=.*$",
                "TRADITIONAL_ENC_LAYER_PASS = It-layer-pass-9"));
        roundTrips(l, cfg, key, "layer");
    }
}
