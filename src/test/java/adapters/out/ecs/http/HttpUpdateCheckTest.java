package adapters.out.ecs.http;

import static adapters.out.ecs.http.HttpEcsContractTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import support.EcsServer;

/** The update check: the version the server announces, or nothing within about 2 s, never an exception. */
class HttpUpdateCheckTest {

    @Test
    void theServerAnnouncesItsConfiguredVersion() {
        EcsServer server = EcsServer.get();
        assertEquals(Optional.of("0.1.0"), new HttpUpdateCheck().latestVersion(entry(server.url(), "any-key-will-do")));
    }

    @Test
    void aServerThatIsDownOrSilentAnnouncesNothingQuickly() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertEquals(Optional.empty(), new HttpUpdateCheck().latestVersion(entry("127.0.0.1:" + closed, "k")));
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) held.add(silent.accept());
                } catch (java.io.IOException over) {
                    // test over
                }
            });
            long start = System.nanoTime();
            assertEquals(Optional.empty(), new HttpUpdateCheck().latestVersion(entry("127.0.0.1:" + silent.getLocalPort(), "k")));
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(ms < 3500, "the check took " + ms + " ms");
        } finally {
            for (Socket s : held) s.close();
        }
    }
}
