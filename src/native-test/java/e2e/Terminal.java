package e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged application at a real terminal: a tmux session on a private server, driven with {@code send-keys}
 * and read with {@code capture-pane}, as a person would type at a shell. Tests that need it are skipped with the
 * reason when tmux is not installed (Debian package {@code tmux}; {@code .ci/setup} installs it).
 */
final class Terminal implements AutoCloseable {
    private static final Pattern EXIT = Pattern.compile("\\[exit (\\d+)]");
    private final Path socket;
    private final String session = "omegasafe";

    private Terminal(Path socket) {
        this.socket = socket;
    }

    /** Skips the calling test when tmux is missing. */
    static void requireTmux() {
        boolean present;
        try {
            present = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "tmux is not installed (Debian package tmux; .ci/setup installs it): "
                + "no terminal to type Ctrl-D at");
    }

    /**
     * Starts {@code command} in a new terminal of 200 columns with {@code env} added to the environment; the pane
     * prints {@code [exit N]} when the command ends.
     */
    static Terminal start(Path dir, Map<String, String> env, List<String> command) throws Exception {
        requireTmux();
        Terminal t = new Terminal(dir.resolve("tmux-" + System.nanoTime() + ".sock"));
        StringBuilder line = new StringBuilder("cd " + quote(dir.toString()) + " &&");
        for (String a : command) line.append(' ').append(quote(a));
        line.append("; echo \"[exit $?]\"; sleep 600");
        t.tmux(env, "-f", "/dev/null", "new-session", "-d", "-s", t.session, "-x", "200", "-y", "50", line.toString());
        return t;
    }

    /** Types {@code keys} (tmux key names such as {@code Enter} or {@code C-d}, or literal text). */
    void send(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(Map.of(), args.toArray(String[]::new));
    }

    /** The screen's text. */
    String screen() throws Exception {
        return tmux(Map.of(), "capture-pane", "-p", "-J", "-t", session, "-S", "-200");
    }

    /** Waits until the screen shows {@code text}; fails with the screen after {@code seconds}. */
    String await(String text, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String s = screen();
        while (!s.contains(text)) {
            if (System.nanoTime() > end) throw new AssertionError("the terminal never showed '" + text + "':\n" + s);
            Thread.sleep(200);
            s = screen();
        }
        return s;
    }

    /** Waits for the command to end; its exit code. */
    int exitCode(int seconds) throws Exception {
        Matcher m = EXIT.matcher(await("[exit ", seconds));
        if (!m.find()) throw new AssertionError(screen());
        return Integer.parseInt(m.group(1));
    }

    @Override
    public void close() throws Exception {
        tmux(Map.of(), "kill-server");
        Files.deleteIfExists(socket);
    }

    private String tmux(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().remove("TMUX");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 && !args[0].equals("kill-server")) throw new AssertionError("tmux " + String.join(" ", args) + ": " + out);
        return out;
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
