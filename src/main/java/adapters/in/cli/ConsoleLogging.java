package adapters.in.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The reference's stream split: DEBUG and INFO records to stdout, WARNING and above to stderr, as
 * {@code LEVEL: message} lines with control characters escaped ({@link Printable}). Replaces the root logger's
 * handlers for the command being run.
 *
 * <p>{@code --log-level} sets the level of OmegaSafe's own loggers (the {@code domain}, {@code application} and
 * {@code adapters} packages). Every other logger (Quarkus, SmallRye Config, the JDK's {@code java.lang.Runtime}
 * exit trace) stays at WARNING or stricter, so DEBUG and NOTSET show OmegaSafe's diagnostics only. A WARNING or
 * ERROR line is printed once per command, however many steps meet the same condition.
 */
final class ConsoleLogging {
    /** The default level when {@code --log-level} is not given. */
    static final Level DEFAULT = Level.WARNING;
    /** The packages whose loggers are OmegaSafe's own (ARCHITECTURE: the three source folders). */
    static final List<String> OWN = List.of("domain", "application", "adapters");
    /** Strong references: a logger that is only weakly reachable may be collected and lose its level. */
    private static final List<Logger> OWN_LOGGERS = OWN.stream().map(Logger::getLogger).toList();

    private ConsoleLogging() { }

    static void install(Level level) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) root.removeHandler(h);
        root.setLevel(level.intValue() > Level.WARNING.intValue() ? level : Level.WARNING);
        for (Logger own : OWN_LOGGERS) own.setLevel(level);
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
        /** The WARNING and ERROR lines printed by this command so far. */
        private final Set<String> shown = ConcurrentHashMap.newKeySet();

        StreamHandler(boolean errors, Level level) {
            this.errors = errors;
            setLevel(level);
            setFormatter(new Formatter() {
                @Override
                public String format(LogRecord r) {
                    String msg = Printable.escape(formatMessage(r));
                    StringBuilder sb = new StringBuilder(levelName(r.getLevel())).append(": ").append(msg);
                    if (r.getThrown() != null && r.getLevel().intValue() < Level.INFO.intValue()) {
                        java.io.StringWriter sw = new java.io.StringWriter();
                        r.getThrown().printStackTrace(new java.io.PrintWriter(sw));
                        sb.append(System.lineSeparator()).append(Printable.escapeKeepingLines(sw.toString()));
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
            String line = getFormatter().format(r);
            // a warning says its thing once per command, however many steps meet the same condition
            if (errors && !shown.add(line)) return;
            PrintStream s = errors ? System.err : System.out;
            s.print(line);
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
