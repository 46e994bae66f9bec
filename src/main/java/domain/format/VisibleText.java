package domain.format;

import java.util.Locale;

/**
 * Text that cannot act on a terminal: every control character (C0, DEL, C1) and every bidirectional control
 * (the embeddings and overrides U+202A..U+202E, the isolates U+2066..U+2069, the marks U+200E, U+200F and
 * U+061C) becomes a visible escape: {@code \e} for ESC, {@code \n}, {@code \r}, {@code \t}, {@code \xHH} for the
 * other control characters and a backslash, {@code u} and four hex digits for the bidirectional controls
 * ({@code \x07} for BEL, {@code \}{@code u202e} for RIGHT-TO-LEFT OVERRIDE). A backslash stays as it is.
 *
 * <p>Names that come from files and servers (a stored file name, a key or ECS name) pass through this before
 * they reach a screen or a file system, so they can never move the cursor, clear the screen, set a window title,
 * ring the bell or reorder what is shown.
 */
public final class VisibleText {
    private VisibleText() { }

    /** {@code s} with every control character escaped, line breaks included. Null stays null. */
    public static String escape(String s) {
        return escape(s, false);
    }

    /**
     * {@code s} with every control character escaped except line feed and tab, for text of several lines (a
     * stack trace). Null stays null.
     */
    public static String escapeKeepingLines(String s) {
        return escape(s, true);
    }

    /** True when {@code codePoint} is a control character or a bidirectional control that {@link #escape} shows. */
    public static boolean isControl(int codePoint) {
        return escapeOf(codePoint) != null;
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            String e = keepLines && (c == '\n' || c == '\t') ? null : escapeOf(c);
            if (e != null && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (b != null) {
                if (e != null) b.append(e); else b.appendCodePoint(c);
            }
            i += Character.charCount(c);
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
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) yield String.format(Locale.ROOT, "\\x%02x", c);
                if (isBidiControl(c)) yield String.format(Locale.ROOT, "\\u%04x", c);
                yield null;
            }
        };
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
    }
}
