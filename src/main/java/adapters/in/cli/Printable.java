package adapters.in.cli;

import domain.format.VisibleText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text as it may reach a terminal: control characters (C0, DEL, C1, and the bidirectional controls) are shown
 * as visible escapes ({@code \e}, {@code \n}, {@code \x07}, {@code \}{@code u202e}) so that names from files and
 * servers can never move the cursor, clear the screen, set a window title or reorder what is shown. The rule
 * itself is {@link VisibleText}, shared with the names decrypt restores.
 */
final class Printable {
    private Printable() { }

    /** {@code s} with every control character escaped; a backslash stays as it is. Null stays null. */
    static String escape(String s) {
        return VisibleText.escape(s);
    }

    /** {@link #escape} of a path's text. Null stays null. */
    static String escape(java.nio.file.Path p) {
        return p == null ? null : VisibleText.escape(p.toString());
    }

    /** As {@link #escape}, but line feeds and tabs stay: for text of several lines. */
    static String escapeKeepingLines(String s) {
        return VisibleText.escapeKeepingLines(s);
    }

    /**
     * {@code out} behind a guard that escapes every control character except line feed, carriage return and tab:
     * the last line of defence for standard output, so that a name printed without {@link #escape} still cannot
     * act on the terminal (commands escape the names they print themselves, line breaks included).
     */
    static PrintWriter guarded(PrintWriter out) {
        return new PrintWriter(new Guard(out), true);
    }

    private static final class Guard extends FilterWriter {
        Guard(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (passes((char) c)) out.write(c); else out.write(VisibleText.escape(String.valueOf((char) c)));
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (passes(buf[i])) continue;
                out.write(buf, start, i - start);
                out.write(VisibleText.escape(String.valueOf(buf[i])));
                start = i + 1;
            }
            out.write(buf, start, off + len - start);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            write(str.toCharArray(), off, len);
        }

        /** Control characters and bidirectional controls are all in the BMP, so one char decides. */
        private static boolean passes(char c) {
            return c == '\n' || c == '\r' || c == '\t' || !VisibleText.isControl(c);
        }
    }
}
