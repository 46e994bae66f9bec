package adapters.in.cli;

import java.util.Locale;
import java.util.logging.Level;
import picocli.CommandLine;

/**
 * The reference's log levels (Python's names and numbers) mapped onto java.util.logging levels.
 * Numbers: 10 DEBUG, 20 INFO, 30 WARNING, 40 ERROR, 50 CRITICAL; anything above 50 silences logging.
 */
final class LogLevels {
    private LogLevels() { }

    static Level parse(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        switch (s) {
            case "DEBUG": return Level.FINE;
            case "INFO": return Level.INFO;
            case "WARNING": return Level.WARNING;
            case "ERROR", "CRITICAL": return Level.SEVERE;
            case "NOTSET": return Level.ALL;
            default:
                int n;
                try {
                    n = Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    throw new CommandLine.TypeConversionException("'" + text
                            + "' is not a log level (DEBUG, INFO, WARNING, ERROR, CRITICAL, NOTSET or a number)");
                }
                if (n <= 0) return Level.ALL;
                if (n <= 10) return Level.FINE;
                if (n <= 20) return Level.INFO;
                if (n <= 30) return Level.WARNING;
                if (n <= 50) return Level.SEVERE;
                return Level.OFF;
        }
    }

    /** Picocli converter for {@code --log-level}. */
    static final class Converter implements CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return parse(value);
        }
    }
}
