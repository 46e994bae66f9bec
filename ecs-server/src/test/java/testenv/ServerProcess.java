package testenv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code target/quarkus-app/quarkus-run.jar}) as a process of its own, configured like
 * production through environment variables, on a database and an internal bucket of the shared test
 * environment; and its operator's commands.
 */
public final class ServerProcess {
    /** The packaged jar (failsafe passes it). */
    public static final Path JAR = Path.of(System.getProperty("omegasafe.test.server-jar", "target/quarkus-app/quarkus-run.jar"));
    private final Map<String, String> env;
    private final int port;
    private Process process;
    private final StringBuffer output = new StringBuffer();

    /** A server on database {@code database} and internal bucket {@code bucket}. */
    public ServerProcess(String database, String bucket) {
        TestEnvironment t = TestEnvironment.get();
        this.port = Processes.freePort();
        this.env = Map.ofEntries(
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", t.postgres().jdbcUrl(database)),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", ""),
                Map.entry("QUARKUS_S3_ENDPOINT_OVERRIDE", t.s3().endpoint()),
                Map.entry("QUARKUS_S3_AWS_REGION", "us-east-1"),
                Map.entry("QUARKUS_S3_PATH_STYLE_ACCESS", "true"),
                Map.entry("QUARKUS_S3_AWS_CREDENTIALS_TYPE", "static"),
                Map.entry("QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID", t.s3().accessKey()),
                Map.entry("QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY", t.s3().secretKey()),
                Map.entry("ECS_INTERNAL_STORAGE_BUCKET", bucket),
                Map.entry("ECS_INTERNAL_STORAGE_CREATE_BUCKET", "true"),
                Map.entry("ECS_MASTER_KEY_VALUE", t.masterKey()),
                Map.entry("ECS_WITNESS_FLUSH_INTERVAL", "200ms"),
                Map.entry("QUARKUS_TLS_KEY_STORE_P12_PATH", t.tls().keyStore().toString()),
                Map.entry("QUARKUS_TLS_KEY_STORE_P12_PASSWORD", t.tls().password()),
                Map.entry("QUARKUS_HTTP_SSL_PORT", String.valueOf(port)));
    }

    /** The API of this server. */
    public Api api() {
        return new Api("https://127.0.0.1:" + port);
    }

    /** Starts the server and waits for its ready line. */
    public void start() {
        List<String> cmd = List.of(java(), "-Xmx384m", "-jar", JAR.toString(), "serve");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.equals("ready: https://127.0.0.1:" + port)) ready.complete(true);
                }
            } catch (IOException ignored) {
                // the process ended
            }
            ready.complete(false);
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!ready.get(90, TimeUnit.SECONDS)) throw new IllegalStateException("the server stopped before it was ready:\n" + output);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("the server did not get ready:\n" + output, e);
        }
    }

    /** SIGTERM, then waits for the graceful shutdown. */
    public void stop() {
        if (process == null) return;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** What the server printed. */
    public String output() { return output.toString(); }

    /** Runs an operator's command on this server's database; returns its stdout (fails on a non-zero exit). */
    public String admin(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Decs.serve=false", "-Dquarkus.http.host-enabled=false",
                "-Dquarkus.log.console.stderr=true", "-Dquarkus.log.level=WARN", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", args) + " failed: " + out);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last line of an output. */
    public static String lastLine(String out) {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
