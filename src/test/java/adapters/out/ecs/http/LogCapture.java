package adapters.out.ecs.http;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records every log record of the given categories (and their children) at {@code level} and above, with its message
 * and the stack trace of its exception, while the console shows WARNING and above only; restores the levels on close.
 */
final class LogCapture implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();
    private final Map<Logger, Level> previous = new LinkedHashMap<>();
    private final Map<Handler, Level> quieted = new LinkedHashMap<>();
    private final Logger root = Logger.getLogger("");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            StringBuilder line = new StringBuilder(r.getLevel() + " " + r.getLoggerName() + ": " + format(r));
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            synchronized (lines) {
                lines.add(line.toString());
            }
        }

        @Override public void flush() { }
        @Override public void close() { }
    };

    LogCapture(Level level, String... categories) {
        for (String c : categories) {
            Logger l = Logger.getLogger(c);
            previous.put(l, l.getLevel());
            l.setLevel(level);
        }
        for (Handler h : root.getHandlers()) {   // the console keeps its usual level (WARNING and above)
            quieted.put(h, h.getLevel());
            h.setLevel(Level.WARNING);
        }
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    /** Everything recorded so far, one entry per record. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private static String format(LogRecord r) {
        String m = r.getMessage();
        Object[] p = r.getParameters();
        if (m == null) return "";
        if (p == null || p.length == 0) return m;
        try {
            return m.contains("{0") ? java.text.MessageFormat.format(m, p) : String.format(m, p);
        } catch (RuntimeException e) {
            return m + " " + java.util.Arrays.toString(p);
        }
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        previous.forEach(Logger::setLevel);
        quieted.forEach(Handler::setLevel);
    }
}
