package support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The real OmegaSafe API server for tests: one {@code bin/ecs-server serve} per test JVM (its own PostgreSQL and
 * S3Proxy, a throw-away data directory, a free loopback port), started on the first {@link #get()} and stopped when the
 * JVM exits (SIGTERM; the launcher stops the server, S3Proxy and PostgreSQL; leftovers found by the data directory are
 * killed). Should the JVM die without running its shutdown hooks, the launcher is stopped anyway: it runs under a
 * small shell that sends it SIGTERM when its standard input (a pipe from this JVM) closes. {@link #stop()} and
 * {@link #start()} take it down and up again on the same data directory and port (an ECS that goes away mid-run).
 *
 * <p>Usable from {@code src/test} and {@code src/native-test}, from plain JUnit tests and from {@code @QuarkusTest}s
 * (which load this class in another class loader): the one server is found through system properties, and the start is
 * serialised on an interned string, which every class loader shares.
 *
 * <p>The server runs with the default per-key limits (uploads daily 2, monthly 5, stored 15; downloads daily 20,
 * monthly 200): a test that needs many Deltas uses a key of its own. {@code -Domegasafe.test.ecs.keep=true} keeps the
 * data directory (with {@code launcher.log}) after the run.
 */
public final class EcsServer {
    /** Interned, hence the same object in every class loader of this JVM. */
    private static final String LOCK = "support.EcsServer.start";
    private static final String PREFIX = "omegasafe.test.ecs.";
    /** First start builds the server when its jar is missing or older than its sources (a minute or two). */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern LAST_LINE = Pattern.compile("([^\\r\\n]+)\\s*$");

    private final Path dataDir;
    private final String url;

    private EcsServer(Path dataDir, String url) {
        this.dataDir = dataDir;
        this.url = url;
    }

    /** The server of this test JVM, started on first use (and again if a test stopped it). */
    public static EcsServer get() {
        synchronized (LOCK) {
            if (System.getProperty(PREFIX + "url") == null) {
                Path dataDir;
                int port;
                try {
                    dataDir = Files.createTempDirectory("omegasafe-ecs-test-");
                    port = freePort();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                launch(dataDir, port);
                Runtime.getRuntime().addShutdownHook(new Thread(EcsServer::shutdown, "ecs-server-stop"));
            } else if (!Boolean.parseBoolean(System.getProperty(PREFIX + "running"))) {
                Path dataDir = Path.of(System.getProperty(PREFIX + "data-dir"));
                String url = System.getProperty(PREFIX + "url");
                launch(dataDir, Integer.parseInt(url.substring(url.lastIndexOf(':') + 1)));
            }
            return new EcsServer(Path.of(System.getProperty(PREFIX + "data-dir")), System.getProperty(PREFIX + "url"));
        }
    }

    /**
     * Stops the server (SIGTERM: it finishes requests in flight, then S3Proxy and PostgreSQL stop), keeping its data
     * directory and port: clients see "connection refused" until {@link #start()}. The next {@link #get()} starts it too.
     */
    public void stop() {
        synchronized (LOCK) {
            terminate();
            System.setProperty(PREFIX + "running", "false");
        }
    }

    /** Starts the stopped server again on the same data directory and port: users, API keys, keys and Deltas are kept. */
    public void start() {
        get();
    }

    /** The URL as the CLI takes it: {@code 127.0.0.1:PORT} (no scheme; HTTPS with a self-signed certificate: dev mode). */
    public String url() { return url; }

    /** The server's data directory. */
    public Path dataDir() { return dataDir; }

    /** The certificate's SHA-256 fingerprint as the server prints it ({@code AA:BB:...}). */
    public String fingerprint() {
        return read(dataDir.resolve("tls/fingerprint.sha256")).strip();
    }

    /**
     * The first API key of the user {@code email}, created with {@code bin/ecs-server create-user} on the first call for
     * that address in this JVM (about 3 s) and the same on later calls.
     */
    public String apiKey(String email) {
        synchronized (LOCK) {
            String key = System.getProperty(PREFIX + "api-key." + email);
            if (key == null) {
                key = adminCommand("create-user", email);
                System.setProperty(PREFIX + "api-key." + email, key);
            }
            return key;
        }
    }

    /** A further API key of {@code email} (another device of the same user); creates the user first if needed. */
    public String newApiKey(String email) {
        apiKey(email);
        return adminCommand("create-api-key", email);
    }

    /** The internal storage's S3 endpoint ({@code http://127.0.0.1:PORT}, S3Proxy on the filesystem, path-style). */
    public String s3Endpoint() { return "http://127.0.0.1:" + serverProperty("s3_port"); }

    /** S3Proxy's access key id (its identity). */
    public String s3AccessKeyId() { return "omegasafe"; }

    /** S3Proxy's secret. */
    public String s3SecretAccessKey() { return read(dataDir.resolve("s3.secret")).strip(); }

    /** The internal storage's bucket. */
    public String internalBucket() { return "omegasafe-internal"; }

    /**
     * Creates an empty bucket in the S3Proxy (a directory of its filesystem store), for BYOS storages; returns the
     * directory that holds its objects ({@code <key_uuid>/<delta_uuid>} files under the storage's remote path).
     */
    public Path createBucket(String name) {
        Path bucket = bucketDirectory(name);
        try {
            Files.createDirectories(bucket);
            return bucket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of a bucket in the S3Proxy's filesystem store. */
    public Path bucketDirectory(String name) {
        return dataDir.resolve("s3/data").resolve(name);
    }

    /**
     * Invites {@code email} to {@code keyUuid} with {@code role} ({@code Owner} or {@code Maintainer}) as the Owner
     * behind {@code ownerApiKey}, and accepts the invitation with {@code inviteeApiKey}; returns the relation's JSON.
     */
    public String share(String ownerApiKey, UUID keyUuid, String email, String role, String inviteeApiKey) {
        String invitation = call("POST", "/v1/keys/" + keyUuid + "/invitations", ownerApiKey,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}", 201);
        Matcher m = Pattern.compile("\"invitation_uuid\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(invitation);
        if (!m.find()) throw new IllegalStateException("no invitation_uuid in " + invitation);
        return call("POST", "/v1/invitations/" + m.group(1) + "/accept", inviteeApiKey, null, 201);
    }

    /**
     * One request to the API (self-signed certificate trusted) as {@code apiKey} (null: none); returns the body.
     *
     * @throws IllegalStateException when the status is not {@code expected}
     */
    public String call(String method, String path, String apiKey, String json, int expected) {
        try (HttpClient client = HttpClient.newBuilder().sslContext(trustingAnyCertificate()).connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("https://" + url + path)).timeout(Duration.ofSeconds(30))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) b.header("Content-Type", "application/json");
            if (apiKey != null) b.header("Authorization", "Bearer " + apiKey);
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code bin/ecs-server serve} on {@code dataDir} and {@code port} and waits for its ready line. */
    private static void launch(Path dataDir, int port) {
        Path launcher = launcher();
        try {
            // The launcher under a shell that stops it (SIGTERM) on SIGTERM, or when stdin, a pipe from this JVM, closes
            // (the JVM died without its shutdown hooks). A background job's stdin would be /dev/null: the pipe is handed
            // to the watcher as fd 3.
            String script = "exec 3<&0\n"
                    + "\"$0\" serve --data-dir \"$1\" --port \"$2\" </dev/null 3<&- 2>>\"$1/launcher.log\" & srv=$!\n"
                    + "{ cat <&3 >/dev/null; kill -TERM \"$srv\"; } >/dev/null 2>&1 & watcher=$!\n"
                    + "exec 3<&-\n"
                    + "trap 'kill \"$watcher\"; kill -TERM \"$srv\"; wait \"$srv\"; exit 143' TERM\n"
                    + "wait \"$srv\"\n";
            Process process = new ProcessBuilder("bash", "-c", script, launcher.toString(), dataDir.toString(), Integer.toString(port))
                    .redirectErrorStream(true).start();
            String url = awaitReady(process, dataDir, dataDir.resolve("launcher.log"));
            System.setProperty(PREFIX + "url", url);
            System.setProperty(PREFIX + "data-dir", dataDir.toString());
            System.setProperty(PREFIX + "pid", Long.toString(process.pid()));
            System.setProperty(PREFIX + "running", "true");
            // A cold server answers its first requests slowly; tests with short timeouts (the 2 s update check) should
            // not be the ones to find out.
            EcsServer server = new EcsServer(dataDir, url);
            for (int i = 0; i < 3; i++) server.call("GET", "/v1/cli/version", null, null, 200);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start bin/ecs-server", e);
        }
    }

    /** Reads the launcher's output until {@code ready: https://HOST:PORT}; keeps draining it into the log afterwards. */
    private static String awaitReady(Process process, Path dataDir, Path log) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        OutputStream copy = Files.newOutputStream(dataDir.resolve("server.log"));
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(READY_TIMEOUT);
                process.getOutputStream().close();   // stops the launcher, which ends its output: unblocks the reader
            } catch (IOException ignored) {
                // closed already
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            String line;
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                copy.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                if (line.startsWith("ready: https://")) {
                    drain(out, copy);
                    return line.substring("ready: https://".length()).strip();
                }
            }
        } finally {
            watchdog.interrupt();
        }
        copy.close();
        process.getOutputStream().close();
        waitGone(process.toHandle(), dataDir);
        throw new IllegalStateException("bin/ecs-server did not get ready; " + tail(log) + " " + tail(dataDir.resolve("server.log")));
    }

    private static void drain(BufferedReader out, OutputStream copy) {
        Thread.ofPlatform().daemon().name("ecs-server-log").start(() -> {
            try (out; copy) {
                String line;
                while ((line = out.readLine()) != null) copy.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException ended) {
                // the server stopped
            }
        });
    }

    /** At JVM exit: stops the server and removes its data directory unless {@code -Domegasafe.test.ecs.keep=true}. */
    private static void shutdown() {
        terminate();
        String dir = System.getProperty(PREFIX + "data-dir");
        if (dir != null && !Boolean.getBoolean(PREFIX + "keep")) deleteTree(Path.of(dir));
    }

    /** SIGTERM to the launcher's shell, then waits for everything started from the data directory to be gone. */
    private static void terminate() {
        String pid = System.getProperty(PREFIX + "pid");
        String dir = System.getProperty(PREFIX + "data-dir");
        if (pid == null || dir == null) return;
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> {
            p.destroy();
            waitGone(p, Path.of(dir));
        });
        for (ProcessHandle p : leftovers(Path.of(dir))) p.destroyForcibly();
        System.clearProperty(PREFIX + "pid");
    }

    private static void waitGone(ProcessHandle shell, Path dataDir) {
        try {
            shell.onExit().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            shell.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle p : leftovers(dataDir)) p.destroyForcibly();
    }

    /** Processes whose command line names the data directory (PostgreSQL's postmaster, S3Proxy, the server). */
    private static List<ProcessHandle> leftovers(Path dataDir) {
        String dir = dataDir.toString();
        List<ProcessHandle> found = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(p -> {
            String cmd = p.info().commandLine().orElse("");
            if (p.pid() != ProcessHandle.current().pid() && cmd.contains(dir)) found.add(p);
        });
        return found;
    }

    private String adminCommand(String command, String email) {
        try {
            Process p = new ProcessBuilder("bash", launcher().toString(), command, "--email", email, "--data-dir", dataDir.toString())
                    .redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("bin/ecs-server " + command + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            Matcher m = LAST_LINE.matcher(new String(out, StandardCharsets.UTF_8));
            if (!m.find()) throw new IllegalStateException("bin/ecs-server " + command + " printed no API key");
            return m.group(1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String serverProperty(String name) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve("server.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty(name);
    }

    /** {@code bin/ecs-server} of this checkout: from the working directory (the project) or one of its parents. */
    private static Path launcher() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("bin/ecs-server");
            if (Files.isExecutable(candidate)) return candidate;
        }
        throw new IllegalStateException("bin/ecs-server not found above " + System.getProperty("user.dir"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return file.getFileName() + ": " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temporary directory
        }
    }

    /** A TLS context that trusts the test server's self-signed certificate (and any other: tests only). */
    public static SSLContext trustingAnyCertificate() {
        try {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, new javax.net.ssl.TrustManager[] {new X509ExtendedTrustManager() {
                @Override public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket s) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket s) { }
                @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine e) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine e) { }
                @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
                @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, new SecureRandom());
            return c;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
