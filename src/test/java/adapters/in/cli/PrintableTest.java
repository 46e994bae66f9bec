package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Text on its way to a terminal: control characters become visible escapes. */
class PrintableTest {

    @Test
    void escapesEveryControlAndBidirectionalCharacter() {
        assertEquals("rep\\e[2J\\e]0;t\\x07.txt", Printable.escape("rep\u001b[2J\u001b]0;t\u0007.txt"));
        assertEquals("a\\nb\\rc\\td\\x7f\\x9b\\u202e\\u2067\\u200e\\u061c", Printable.escape("a\nb\rc\td\u007f\u009b\u202e\u2067\u200e\u061c"));
        assertEquals("résumé 日本 \\ kept", Printable.escape("résumé 日本 \\ kept"));
    }

    @Test
    void theStandardOutputGuardKeepsLinesAndEscapesTheRest() {
        StringWriter s = new StringWriter();
        PrintWriter out = Printable.guarded(new PrintWriter(s));
        out.print("line one\u001b[2J\n\tline two\u0007\u202e\r\n");
        out.write('\u009b');
        out.flush();
        assertEquals("line one\\e[2J\n\tline two\\x07\\u202e\r\n\\x9b", s.toString());
    }
}
