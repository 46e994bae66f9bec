package adapters.in.cli;

import application.port.in.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * A one-line percentage on stderr for long encrypt/decrypt runs, redrawn in place with a carriage return
 * and erased when the run ends, so nothing of it stays on the screen or reaches a pipe. Used only when
 * stderr is a terminal ({@link #forStderr}).
 */
final class TerminalProgress implements Progress {
    /** Runs shorter than this print nothing: a line that flashes for a moment only distracts. */
    static final long QUIET_NANOS = 1_000_000_000L;
    /** Redraw at most four times a second: enough to look alive, cheap against the transform. */
    static final long REDRAW_NANOS = 250_000_000L;
    /** ANSI "erase entire line" (CSI 2 K) after a carriage return. */
    static final String ERASE_LINE = "\r\u001b[2K";

    private final PrintWriter err;
    private final String label;
    private final LongSupplier clock;
    private long total;
    private long began;
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintWriter err, String label, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.clock = clock;
    }

    /** A progress line on {@code err} when stderr is a terminal; otherwise {@link Progress#NONE}. */
    static Progress forStderr(PrintWriter err, String label) {
        return stderrIsTerminal() ? new TerminalProgress(err, label, System::nanoTime) : Progress.NONE;
    }

    @Override
    public void start(long totalBytes) {
        total = Math.max(totalBytes, 1);
        began = clock.getAsLong();
        lastDraw = began;
    }

    @Override
    public void advance(long bytesDone) {
        long now = clock.getAsLong();
        if (now - began < QUIET_NANOS || now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        long percent = Math.min(100, bytesDone * 100 / total);
        err.print("\r" + label + ": " + percent + "%  " + ((now - began) / 1_000_000_000L) + " s");
        err.flush();
        drawn = true;
    }

    @Override
    public void finish() {
        if (drawn) {
            err.print(ERASE_LINE);
            err.flush();
            drawn = false;
        }
    }

    /**
     * Whether file descriptor 2 is a terminal. On Linux /proc says it exactly; elsewhere the best the JDK
     * offers is whether the process has an interactive console. {@code TERM=dumb} turns it off.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) return false;
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }
}
