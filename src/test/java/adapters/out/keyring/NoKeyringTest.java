package adapters.out.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.SecretStoreUnavailableException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a reachable Secret Service a keyring read fails within seconds with the unavailable error naming
 * OMEGASAFE_CONFIG_PASSWORD, and no non-daemon thread is left behind. Each case runs in a child JVM whose
 * environment points D-Bus somewhere else (the environment of this JVM cannot change).
 */
class NoKeyringTest {
    private static final Pattern OUTCOME = Pattern.compile("UNAVAILABLE (\\d+) ms: (.*)");

    /** Child entry point: one read, then the outcome and the non-daemon threads still alive. */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        try {
            new LibsecretSecretStore().read("omegasafe", "OMEGASAFE_CONFIG_PASSWORD");
            System.out.println("READ-SUCCEEDED");
        } catch (SecretStoreUnavailableException e) {
            System.out.println("UNAVAILABLE " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + e.getMessage());
        }
        System.out.println("NON-DAEMON [" + Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t != Thread.currentThread())
                .map(Thread::getName).collect(Collectors.joining(",")) + "]");
    }

    @Test
    void noSessionBus_failsAtOnce_namingTheEnvironmentVariable() throws Exception {
        String out = runChild("unix:path=/nonexistent/omegasafe-test-bus");
        assertTrue(elapsedMillis(out) < 3_000, out);
    }

    @Test
    void busThatNeverAnswers_givesUpAfterTheTimeout_andTheJvmStillExits(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("bus");
        List<SocketChannel> held = new CopyOnWriteArrayList<>();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) held.add(server.accept()); // accept, never answer
                } catch (Exception closed) {
                    // the test is over
                }
            });
            String out = runChild("unix:path=" + socket);
            assertTrue(out.contains("did not answer within " + KeyringThread.TIMEOUT_SECONDS + " s"), out);
            assertTrue(elapsedMillis(out) < (KeyringThread.TIMEOUT_SECONDS + 2) * 1000, out);
            acceptor.interrupt();
        } finally {
            for (SocketChannel c : held) c.close();
            Files.deleteIfExists(socket);
        }
    }

    /** Runs {@link #main} in a child JVM on the given bus; checks the common outcome; returns its output. */
    private static String runChild(String busAddress) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), NoKeyringTest.class.getName()).redirectErrorStream(true);
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", busAddress);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("OMEGASAFE_CONFIG_PASSWORD");
        Process p = pb.start();
        boolean exited = p.waitFor(30, TimeUnit.SECONDS);
        if (!exited) p.destroyForcibly();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(exited, "the child JVM did not exit (a call hung or a thread kept it alive): " + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(OUTCOME.matcher(out).find(), out);
        assertTrue(out.contains("OMEGASAFE_CONFIG_PASSWORD"), out);
        assertTrue(out.contains("NON-DAEMON []"), "threads left behind: " + out);
        return out;
    }

    private static long elapsedMillis(String out) {
        Matcher m = OUTCOME.matcher(out);
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1));
    }
}
