package adapters.in.cli;

import java.io.Console;
import java.util.Locale;

/**
 * Questions on the terminal. End of input (Ctrl-D) at any prompt cancels the command: {@link Aborted} is thrown and
 * the command ends with {@code Operation aborted.} and exit code 1.
 */
final class Prompts {
    private Prompts() { }

    /** Thrown when the person ends the input at a prompt. */
    static final class Aborted extends RuntimeException {
        Aborted() {
            super("Operation aborted.", null, false, false);
        }
    }

    private static Console console() {
        Console c = System.console();
        if (c == null) throw new Aborted();
        return c;
    }

    /** A line typed after {@code prompt}, stripped; the empty string for an empty line. */
    static String line(String prompt) {
        String s = console().readLine("%s", prompt);
        if (s == null) throw new Aborted();
        return s.strip();
    }

    /** A line typed after {@code prompt}, or {@code fallback} for an empty line. */
    static String line(String prompt, String fallback) {
        String s = line(prompt + (fallback == null || fallback.isEmpty() ? "" : "[" + fallback + "] "));
        return s.isEmpty() && fallback != null ? fallback : s;
    }

    /** A non-empty line; asks again after an empty one. */
    static String required(String prompt) {
        while (true) {
            String s = line(prompt);
            if (!s.isEmpty()) return s;
        }
    }

    /** A secret typed without echo; the empty string for an empty line. */
    static String secret(String prompt) {
        char[] c = console().readPassword("%s", prompt);
        if (c == null) throw new Aborted();
        return new String(c);
    }

    /** A yes/no answer; {@code defaultYes} for an empty line. */
    static boolean confirm(String question, boolean defaultYes) {
        String answer = line(question + (defaultYes ? " [Y/n]: " : " [y/N]: "));
        if (answer.isEmpty()) return defaultYes;
        return answer.toLowerCase(Locale.ROOT).startsWith("y");
    }
}
