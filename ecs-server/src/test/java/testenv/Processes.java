package testenv;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small helpers to run commands, find free loopback ports and wait for them. */
public final class Processes {
    private Processes() { }

    /** True when this JVM runs as root (PostgreSQL's initdb refuses root). */
    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a command to completion; fails with its output when it exits non-zero. */
    public static String run(Path log, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            if (log != null) pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process p = pb.start();
            String out = log == null ? new String(p.getInputStream().readAllBytes()) : "";
            int rc = p.waitFor();
            if (rc != 0) {
                String logText = log != null && Files.exists(log) ? Files.readString(log) : out;
                throw new IllegalStateException(String.join(" ", command) + " exited " + rc + ":\n" + logText);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The command, run as the postgres account when this JVM is root. */
    public static String[] asPostgres(String... command) {
        if (!isRoot()) return command;
        List<String> c = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        c.addAll(List.of(command));
        return c.toArray(String[]::new);
    }

    /** A free TCP port on 127.0.0.1. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until 127.0.0.1:port accepts connections. */
    public static void awaitPort(int port, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                sleep(50);
            }
        }
        throw new IllegalStateException("nothing listens on 127.0.0.1:" + port + " after " + timeout);
    }

    /** Sleeps without checked exceptions. */
    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
