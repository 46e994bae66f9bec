package e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM launcher {@code bin/omegasafe} against the packaged jar: it starts from the AOT cache the
 * build trained ({@code bin/aot-cache}), prints nothing of its own, lets the user's JVM options win, and
 * runs the main job. Only for the JVM build (the native executable needs no launcher).
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/omegasafe").toAbsolutePath();
    private static final Path CACHE = Path.of("target/quarkus-app/omegasafe.aot").toAbsolutePath();

    @TempDir
    Path tmp;

    @BeforeEach
    void jvmBuildOnly() {
        Assumptions.assumeFalse(Packaged.isNative(), "the launcher runs the jar; this build is native");
    }

    private record Result(int exit, String out, String err) {
        String all() {
            return "exit " + exit + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    private Result launch(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("OMEGASAFE_JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().put("HOME", tmp.toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(new File("/dev/null"));
        int exit = pb.start().waitFor();
        return new Result(exit, Files.readString(out), Files.readString(err));
    }

    @Test
    void theBuildLeavesAnAotCacheAndRunsStartFromItSilently() throws Exception {
        assertTrue(Files.size(CACHE) > 1 << 20, "the package phase trains the cache: " + CACHE);

        Result plain = launch(Map.of(), "--version");
        assertEquals(0, plain.exit(), plain.all());
        assertTrue(plain.out().matches("omegasafe \\S+\\R"), plain.all());
        assertEquals("", plain.err(), "the launcher and the JVM print nothing of their own");

        // -Xlog:aot from the user's options comes after the launcher's own and turns the log back on.
        Result logged = launch(Map.of("OMEGASAFE_JAVA_OPTS", "-Xlog:aot"), "--version");
        assertEquals(0, logged.exit(), logged.all());
        assertTrue(logged.out().contains("Opened AOT cache " + CACHE), logged.all());

        Result off = launch(Map.of("OMEGASAFE_JAVA_OPTS", "-Xlog:aot", "OMEGASAFE_AOT_CACHE", "0"), "--version");
        assertEquals(0, off.exit(), off.all());
        assertFalse(off.out().contains("Opened AOT cache"), off.all());

        // Class-sharing options of the user cannot be combined with an AOT cache: the launcher leaves it out.
        Result share = launch(Map.of("OMEGASAFE_JAVA_OPTS", "-Xshare:off"), "--version");
        assertEquals(0, share.exit(), share.all());
        assertEquals("", share.err(), share.all());
    }

    @Test
    void theSerialCollectorIsTheDefaultAndTheUsersChoiceReplacesIt() throws Exception {
        Result serial = launch(Map.of("OMEGASAFE_JAVA_OPTS", "-Xlog:gc"), "--version");
        assertEquals(0, serial.exit(), serial.all());
        assertTrue(serial.out().contains("Using Serial"), serial.all());

        // Two collectors on one command line would stop the JVM; the launcher leaves its default out.
        Result parallel = launch(Map.of("JAVA_OPTS", "-XX:+UseParallelGC -Xlog:gc"), "--version");
        assertEquals(0, parallel.exit(), parallel.all());
        assertTrue(parallel.out().contains("Using Parallel"), parallel.all());
        assertEquals("", parallel.err(), "a cache made for another collector is ignored without a message");

        // The same for a collector set where the JVM itself reads options (it says so on stderr).
        Result tool = launch(Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC"), "--version");
        assertEquals(0, tool.exit(), tool.all());
        assertEquals("Picked up JAVA_TOOL_OPTIONS: -XX:+UseParallelGC\n", tool.err(), tool.all());
    }

    @Test
    void heapSizesOfTheUserReplaceTheDefaultYoungGeneration() throws Exception {
        Result defaults = launch(Map.of("OMEGASAFE_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "--version");
        assertEquals(0, defaults.exit(), defaults.all());
        assertTrue(defaults.out().matches("(?s).* MaxNewSize += 16777216 .*\\{command line}.*"), defaults.all());

        // With the default 16 MiB young generation a 16 MiB heap has no old generation and the JVM stops
        // ("Unable to use AOT cache"); the launcher leaves its default out.
        Result small = launch(Map.of("OMEGASAFE_JAVA_OPTS", "-Xmx16m"), "--version");
        assertEquals(0, small.exit(), small.all());
        assertEquals("", small.err(), small.all());
    }

    @Test
    void compileThresholdsAreScaledUnlessTheUserSetsThem() throws Exception {
        Result defaults = launch(Map.of("OMEGASAFE_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "--version");
        assertEquals(0, defaults.exit(), defaults.all());
        assertTrue(defaults.out().matches("(?s).* CompileThresholdScaling += 10\\.0+ .*\\{command line}.*"), defaults.all());

        Result own = launch(Map.of("OMEGASAFE_JAVA_OPTS", "-XX:CompileThresholdScaling=1 -XX:+PrintFlagsFinal"), "--version");
        assertEquals(0, own.exit(), own.all());
        assertTrue(own.out().matches("(?s).* CompileThresholdScaling += 1\\.0+ .*\\{command line}.*"), own.all());
        assertEquals("", own.err(), own.all());
    }

    @Test
    void theMainJobRunsThroughTheLauncher() throws Exception {
        Path cfg = Files.createDirectory(tmp.resolve("cfg"), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        Map<String, String> env = new HashMap<>(Map.of("OMEGASAFE_CONFIG_DIR", cfg.toString()));
        ok(env, "init", "--skip-http-ecs");
        ok(env, "create-sfc-ecs", "--ecs-name", "local", "--confirm-sfc-ecs");
        ok(env, "create-key", "-k", "launcher", "-n", "0.25", "-r", "0.25", "-c", "2");
        String key = new ObjectMapper().readTree(ok(env, "list-keys", "--json").out())
                .get("keys").get(0).get("key_uuid").asText();
        byte[] data = new byte[3 << 20];
        new Random(7).nextBytes(data);
        Path input = Files.write(tmp.resolve("report.bin"), data);
        Path out = Files.createDirectory(tmp.resolve("out"));
        Path back = Files.createDirectory(tmp.resolve("back"));

        Result enc = ok(env, "encrypt", "-i", input.toString(), "-k", key, "-o", out.toString(), "-f", "r.omegasafe");
        assertTrue(enc.out().startsWith("File encrypted successfully: "), enc.all());
        Result dec = ok(env, "decrypt", "-i", out.resolve("r.omegasafe").toString(), "-o", back.toString());
        assertTrue(dec.out().startsWith("File decrypted successfully: "), dec.all());
        assertArrayEquals(data, Files.readAllBytes(back.resolve("report.bin")));
    }

    @Test
    void noJarOfThePackagedApplicationIsSigned() throws Exception {
        // A signed jar costs a signature check at every start and keeps its classes out of the AOT cache.
        List<Path> jars;
        try (Stream<Path> s = Files.walk(Path.of("target/quarkus-app"))) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        assertTrue(jars.stream().anyMatch(p -> p.getFileName().toString().contains("bcprov")), jars.toString());
        for (Path jar : jars) {
            try (JarFile j = new JarFile(jar.toFile())) {
                List<String> signatures = j.stream().map(e -> e.getName())
                        .filter(n -> n.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")).toList();
                assertEquals(List.of(), signatures, jar + " is signed");
            }
        }
    }

    private Result ok(Map<String, String> env, String... args) throws Exception {
        Result r = launch(env, args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + ": " + r.all());
        assertEquals("", r.err(), () -> String.join(" ", args) + ": " + r.all());
        return r;
    }
}
