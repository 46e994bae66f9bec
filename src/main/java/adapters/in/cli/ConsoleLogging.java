package adapters.in.cli;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The reference's stream split: DEBUG and INFO records to stdout, WARNING and above to stderr, as
 * {@code LEVEL: message} lines. Replaces the root logger's handlers for the command being run.
 */
final class ConsoleLogging {
    /** The default level when {@code --log-level} is not given. */
    static final Level DEFAULT = Level.WARNING;

    private ConsoleLogging() { }

    static void install(Level level) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) root.removeHandler(h);
        root.setLevel(level);
        root.addHandler(new StreamHandler(false, level));
        root.addHandler(new StreamHandler(true, level));
    }

    static String levelName(Level l) {
        int v = l.intValue();
        if (v >= Level.SEVERE.intValue()) return "ERROR";
        if (v >= Level.WARNING.intValue()) return "WARNING";
        if (v >= Level.INFO.intValue()) return "INFO";
        return "DEBUG";
    }

    /** Writes to the current System.out or System.err at publish time (so captured streams work). */
    private static final class StreamHandler extends Handler {
        private final boolean errors;

        StreamHandler(boolean errors, Level level) {
            this.errors = errors;
            setLevel(level);
            setFormatter(new Formatter() {
                @Override
                public String format(LogRecord r) {
                    String msg = formatMessage(r);
                    StringBuilder sb = new StringBuilder(levelName(r.getLevel())).append(": ").append(msg);
                    if (r.getThrown() != null && r.getLevel().intValue() < Level.INFO.intValue()) {
                        java.io.StringWriter sw = new java.io.StringWriter();
                        r.getThrown().printStackTrace(new java.io.PrintWriter(sw));
                        sb.append(System.lineSeparator()).append(sw);
                    }
                    return sb.append(System.lineSeparator()).toString();
                }
            });
        }

        @Override
        public void publish(LogRecord r) {
            if (!isLoggable(r)) return;
            boolean isError = r.getLevel().intValue() >= Level.WARNING.intValue();
            if (isError != errors) return;
            PrintStream s = errors ? System.err : System.out;
            s.print(getFormatter().format(r));
            s.flush();
        }

        @Override
        public void flush() {
            (errors ? System.err : System.out).flush();
        }

        @Override
        public void close() { }
    }
}
