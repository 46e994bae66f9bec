package adapters.in.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Prints failures: one {@code error:} line and, when known, one {@code hint:} line on stderr, worded by
 * {@link FailureTable}, with control characters escaped ({@link Printable}); returns the table's exit code.
 * Stack traces only at DEBUG.
 */
public final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private static final Logger LOG = Logger.getLogger(ErrorHandler.class.getName());

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof CommandLine.ParameterException pe) return handleParseException(pe, new String[0]);
        FailureTable.Message m = FailureTable.describe(ex, cmd.getCommandName());
        print(cmd.getErr(), m.error(), m.hint());
        LOG.log(Level.FINE, "failure detail", ex);
        return m.exitCode();
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String hint = "run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage";
        if (ex instanceof CommandLine.UnmatchedArgumentException u && cmd.getCommandSpec().parent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().getFirst().startsWith("-")) {
            String unknown = u.getUnmatched().getFirst();
            var suggestions = u.getSuggestions();
            print(cmd.getErr(), "unknown command '" + unknown + "'", suggestions.isEmpty()
                    ? "run 'omegasafe --help' to list the commands"
                    : "did you mean '" + String.join("' or '", suggestions) + "'? run 'omegasafe --help' to list the commands");
            return FailureTable.USAGE;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.InvalidPathException p && FailureTable.unrepresentable(p)) {
                // a name given as an argument that the locale's file-name character set cannot hold: say so, not picocli's trace
                FailureTable.Message m = FailureTable.describe(p, cmd.getCommandName());
                print(cmd.getErr(), m.error(), m.hint());
                return FailureTable.USAGE;
            }
        }
        print(cmd.getErr(), clean(ex.getMessage()), hint);
        return FailureTable.USAGE;
    }

    private static void print(PrintWriter err, String error, String hint) {
        err.println("error: " + Printable.escape(error));
        if (hint != null) err.println("hint: " + Printable.escape(hint));
        err.flush();
    }

    /**
     * picocli's detail of a failed conversion, {@code (java.lang.IllegalArgumentException: Invalid UUID string: x)}: a
     * Java class name, and the value a second time.
     */
    private static final java.util.regex.Pattern CONVERSION_DETAIL =
            java.util.regex.Pattern.compile("\\s+\\((?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::.*)?\\)$");

    /** A picocli message as one line, without a leading "Error: " of its own or a Java class name. */
    private static String clean(String message) {
        String m = FailureTable.first(message).strip();
        if (m.regionMatches(true, 0, "error: ", 0, 7)) m = m.substring(7);
        return CONVERSION_DETAIL.matcher(m).replaceFirst("");
    }
}
