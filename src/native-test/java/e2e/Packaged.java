package e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs the packaged application (jar or native executable, as {@code target/quarkus-artifact.properties}
 * says) as separate processes, for tests that need several at once or their own environment.
 */
final class Packaged {
    private Packaged() { }

    static boolean isNative() {
        try (InputStream in = Files.newInputStream(Path.of("target/quarkus-artifact.properties"))) {
            Properties p = new Properties();
            p.load(in);
            return "native".equals(p.getProperty("type"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The command users run: the native executable, or on the JVM the launcher {@code bin/omegasafe} (JDK 25, the AOT
     * cache the build trained, the launcher's memory settings), which starts each command in about half the CPU time
     * of a plain {@code java -jar}.
     */
    static List<String> command() throws IOException {
        if (isNative()) return artifact();
        return new ArrayList<>(List.of(Path.of("bin/omegasafe").toAbsolutePath().toString()));
    }

    /** The packaged artifact itself: the native executable, or {@code java -jar quarkus-run.jar} without the launcher. */
    static List<String> artifact() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target/quarkus-artifact.properties"))) {
            p.load(in);
        }
        Path artifact = Path.of("target").resolve(p.getProperty("path"));
        List<String> cmd = new ArrayList<>();
        if ("native".equals(p.getProperty("type"))) {
            cmd.add(artifact.toAbsolutePath().toString());
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-jar");
            cmd.add(artifact.toAbsolutePath().toString());
        }
        return cmd;
    }

    /** A started process with stdout and stderr captured to files under {@code dir}. */
    record Run(Process process, Path out, Path err) {
        int await() throws InterruptedException {
            return process.waitFor();
        }

        String stdout() throws IOException {
            return Files.readString(out);
        }

        String stderr() throws IOException {
            return Files.readString(err);
        }

        /** Both streams, for assertion messages. */
        String all() {
            try {
                return stdout() + stderr();
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    /** Runs to completion and requires exit code 0. */
    static Run ok(Path dir, String name, Map<String, String> env, String... args) throws Exception {
        Run r = run(dir, name, env, args);
        org.junit.jupiter.api.Assertions.assertEquals(0, r.process().exitValue(), () -> name + ": " + r.all());
        return r;
    }

    /**
     * Starts {@code omegasafe args}. The command gets the default disposition of SIGINT and SIGHUP (coreutils
     * {@code env --default-signal}), as from a terminal, whatever this JVM inherited: under {@code nohup} or as a
     * shell's background job they arrive ignored, and a JVM started so never sees them.
     */
    static Run start(Path dir, String name, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("env", "--default-signal=INT,HUP"));
        cmd.addAll(command());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return new Run(pb.start(), out, err);
    }

    static Run run(Path dir, String name, Map<String, String> env, String... args) throws Exception {
        Run r = start(dir, name, env, args);
        r.await();
        return r;
    }
}
