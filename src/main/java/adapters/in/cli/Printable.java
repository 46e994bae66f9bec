package adapters.in.cli;

/**
 * Text as it may reach a terminal: control characters (C0, DEL, C1, and the bidirectional overrides) are shown
 * as visible escapes ({@code \e}, {@code \n}, {@code \x07}, {@code \u202e}) so that names from files and
 * servers can never move the cursor, clear the screen, set a window title or reorder what is shown.
 */
final class Printable {
    private Printable() { }

    /** {@code s} with every control character escaped; a backslash stays as it is. Null stays null. */
    static String escape(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            String e = escapeOf(c);
            if (e != null && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (b != null) {
                if (e != null) b.append(e); else b.appendCodePoint(c);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    private static String escapeOf(int c) {
        return switch (c) {
            case 0x1b -> "\\e";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> {
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) yield String.format("\\x%02x", c);
                if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c) {
                    yield String.format("\\u%04x", c);
                }
                yield null;
            }
        };
    }
}
