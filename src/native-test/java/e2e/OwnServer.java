package e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server of one test's own ({@code bin/ecs-server serve} on a data directory and port of its own), for tests that
 * stop it, start it again or lose it for good. {@link #close()} stops it and everything it started.
 */
final class OwnServer implements AutoCloseable {
    private static final Pattern LAST_LINE = Pattern.compile("([^\\r\\n]+)\\s*$");
    final Path dataDir;
    final int port;
    private Process process;

    OwnServer(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = s.getLocalPort();
        }
    }

    /**
     * A new data directory directly under the system's temporary directory: the server's PostgreSQL runs as the
     * {@code postgres} account when the caller is root, and it must be able to traverse every parent (a test's own
     * temporary directory is 0700). {@link #close()} removes it.
     */
    static Path dataDirectory() throws IOException {
        return Files.createTempDirectory("omegasafe-ecs-it-");
    }

    /** The URL as the CLI takes it. */
    String url() { return "127.0.0.1:" + port; }

    /** Starts the server and waits for its readiness line. */
    OwnServer start() throws Exception {
        process = new ProcessBuilder("bash", launcher().toString(), "serve", "--data-dir", dataDir.toString(), "--port",
                Integer.toString(port)).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
            seen.append(line).append('\n');
            if (line.startsWith("ready: https://")) {
                Thread.ofPlatform().daemon().start(() -> {
                    try {
                        while (out.readLine() != null) {
                            // drained, so the server never blocks on a full pipe
                        }
                    } catch (IOException ignored) {
                        // stopped
                    }
                });
                return this;
            }
        }
        stop();
        throw new IllegalStateException("bin/ecs-server did not get ready:\n" + seen);
    }

    /** Stops the server (SIGTERM; it stops its PostgreSQL and S3Proxy) and waits until they are gone. */
    void stop() throws InterruptedException {
        if (process == null) return;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        String dir = dataDir.toString();
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(dir)).forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    /** Creates a user (or another API key of one) and returns the API key. */
    String apiKey(String command, String email) throws Exception {
        Process p = new ProcessBuilder("bash", launcher().toString(), command, "--email", email, "--data-dir", dataDir.toString()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException(command + " failed: " + err);
        Matcher m = LAST_LINE.matcher(out);
        if (!m.find()) throw new IllegalStateException(command + " printed no API key");
        return m.group(1).strip();
    }

    @Override
    public void close() throws Exception {
        stop();
        if (Files.exists(dataDir)) {
            try (var s = Files.walk(dataDir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    static Path launcher() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("bin/ecs-server");
            if (Files.isExecutable(candidate)) return candidate;
        }
        throw new IllegalStateException("bin/ecs-server not found above " + System.getProperty("user.dir"));
    }
}
