package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: silent for short runs, throttled, and erased at the end. */
class TerminalProgressTest {
    private static final long MS = 1_000_000L;
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong(5_000 * MS);
    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(text), "encrypting", now::get);

    @Test
    void shortRunsPrintNothing() {
        progress.start(1000);
        now.addAndGet(900 * MS);
        progress.advance(999);
        progress.finish();
        assertEquals("", text.toString());
    }

    @Test
    void longRunsShowPercentAtMostFourTimesASecondThenEraseTheLine() {
        progress.start(2000);
        now.addAndGet(1_100 * MS);
        progress.advance(500);
        now.addAndGet(100 * MS);
        progress.advance(600); // within 250 ms of the last draw: skipped
        now.addAndGet(200 * MS);
        progress.advance(1000);
        progress.finish();
        assertEquals("\rencrypting: 25%  1 s\rencrypting: 50%  1 s" + TerminalProgress.ERASE_LINE, text.toString());
    }

    @Test
    void percentNeverPassesOneHundred() {
        progress.start(10);
        now.addAndGet(2_000 * MS);
        progress.advance(25);
        assertTrue(text.toString().contains(": 100%"), text.toString());
    }

    @Test
    void aTestProcessHasNoTerminalOnStderrSoCommandsGetNoProgress() {
        // surefire pipes stderr; a real terminal is checked by hand (tmux) and documented in the README
        assertEquals(false, TerminalProgress.stderrIsTerminal());
    }
}
