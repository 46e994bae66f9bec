package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import testenv.Api;
import testenv.Processes;

/**
 * bin/ecs-server as the CLI's end-to-end tests use it: serve in the background on a data directory and a
 * port, wait for the ready line, create a user while it runs, stop with SIGTERM and find no process left;
 * a restart keeps port and certificate; create-user works without a running server too.
 */
class EcsServerScriptIT {
    private static final Path SCRIPT = Path.of(System.getProperty("omegasafe.test.repository", ".."), "bin", "ecs-server");

    record Served(Process process, StringBuffer output) { }

    private Served serve(Path data, Integer port) throws Exception {
        ProcessBuilder pb = port == null ? new ProcessBuilder(SCRIPT.toString(), "serve", "--data-dir", data.toString())
                : new ProcessBuilder(SCRIPT.toString(), "serve", "--data-dir", data.toString(), "--port", port.toString());
        Process p = pb.redirectErrorStream(true).start();
        StringBuffer out = new StringBuffer();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.append(line).append('\n');
                    if (line.startsWith("ready: https://127.0.0.1:")) ready.complete(true);
                }
            } catch (Exception ignored) {
                // ended
            }
            ready.complete(false);
        });
        t.setDaemon(true);
        t.start();
        assertTrue(ready.get(120, TimeUnit.SECONDS), "no ready line:\n" + out);
        return new Served(p, out);
    }

    private static void stop(Served s) throws Exception {
        s.process().destroy();   // SIGTERM
        assertTrue(s.process().waitFor(60, TimeUnit.SECONDS), "bin/ecs-server did not stop");
    }

    private static String createUser(Path data, String email) throws Exception {
        Process p = new ProcessBuilder(SCRIPT.toString(), "create-user", "--email", email, "--data-dir", data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String[] lines = out.strip().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("osk_"), out);
        for (int i = 0; i < lines.length - 1; i++) assertTrue(!lines[i].contains("osk_"), "the key is on the last line only");
        return lines[lines.length - 1];
    }

    private static String leftovers(Path data) throws Exception {
        Process p = new ProcessBuilder("pgrep", "-fa", data.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.strip();
    }

    @Test
    void serveStartsReadyAnswersAndStopsEverythingOnSigterm() throws Exception {
        Path data = Files.createTempDirectory("ecs-script-it");
        int port = Processes.freePort();
        String offline = createUser(data, "offline@example.test");
        assertEquals("", leftovers(data), "create-user stops the PostgreSQL it started");
        Served first = serve(data, port);
        String url = first.output().toString().lines().filter(l -> l.startsWith("url: ")).findFirst().orElseThrow();
        assertEquals("url: 127.0.0.1:" + port, url);
        String fingerprint = first.output().toString().lines().filter(l -> l.startsWith("certificate sha256: ")).findFirst().orElseThrow();
        assertTrue(fingerprint.matches("certificate sha256: ([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
        String online = createUser(data, "online@example.test");
        Api api = new Api("https://127.0.0.1:" + port);
        assertEquals(200, api.get("/v1/me", online).status());
        assertEquals(200, api.get("/v1/me", offline).status());
        stop(first);
        assertEquals("", leftovers(data), "no PostgreSQL, S3Proxy or server left behind");

        Served second = serve(data, null);
        assertTrue(second.output().toString().contains("url: 127.0.0.1:" + port), "the port is kept");
        assertTrue(second.output().toString().contains(fingerprint), "the certificate is kept");
        assertEquals(200, api.get("/v1/me", online).status(), "the data is kept");
        stop(second);
        assertEquals("", leftovers(data));
        Processes.run(null, "rm", "-rf", data.toString());
    }

    @Test
    void asRootADataDirectoryBehindAClosedParentIsRefusedNamingTheParent() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "only root hands the cluster to the postgres account");
        Path closed = Files.createTempDirectory("ecs-script-closed");   // 0700
        Path data = closed.resolve("ecs");
        Process p = new ProcessBuilder(SCRIPT.toString(), "serve", "--data-dir", data.toString(), "--port", "1")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("error: the postgres account cannot reach " + data.resolve("postgres") + ": " + closed
                + " is closed to other accounts\nhint: run 'chmod o+x " + closed + "'"), out);
        assertEquals("", leftovers(data));
        Processes.run(null, "rm", "-rf", closed.toString());
    }
}
