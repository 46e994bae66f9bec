package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import application.port.in.failure.FailureException;
import application.port.in.failure.PathFailure;
import application.port.out.EcsUnavailableException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The handler prints the table's row as two lines on stderr, escapes control characters, returns the exit code. */
class ErrorHandlerTest {
    @Command(name = "omegasafe", subcommands = {Sub.class}, mixinStandardHelpOptions = true)
    static class Top implements Runnable {
        @Override
        public void run() { }
    }

    @Command(name = "encrypt")
    static class Sub implements Runnable {
        @Option(names = "-i")
        String input;

        @Option(names = "-o")
        Path output;

        @Option(names = {"-s", "--storage-uuid"})
        java.util.UUID storage;

        @Option(names = "--nucleus-size-mb")
        java.math.BigDecimal nucleus;

        @CommandLine.ArgGroup(exclusive = true)
        Either either;

        static class Either {
            @Option(names = {"-y", "--yes"})
            boolean yes;

            @Option(names = {"-n", "--no"})
            boolean no;
        }

        @Override
        public void run() { }
    }

    private final StringWriter err = new StringWriter();
    private final ErrorHandler handler = new ErrorHandler();

    private CommandLine top() {
        CommandLine c = new CommandLine(new Top());
        c.setErr(new PrintWriter(err, true));
        c.setParameterExceptionHandler(handler).setExecutionExceptionHandler(handler);
        c.registerConverter(Path.class, CliSetup::path);
        c.registerConverter(java.math.BigDecimal.class, CliSetup::decimal);
        CliSetup.helpOnlyForKnownCommands(c);
        return c;
    }

    @Test
    void aFailurePrintsItsRowAndReturnsItsExitCode() {
        CommandLine encrypt = top().getSubcommands().get("encrypt");
        int code = handler.handleExecutionException(new EcsUnavailableException("connection refused"), encrypt, null);
        assertEquals(3, code);
        assertEquals("error: ECS unavailable: connection refused\nhint: check the ECS connection and retry later\n", err.toString());
    }

    @Test
    void controlCharactersInNamesAreShownEscapedNeverSentToTheTerminal() {
        CommandLine encrypt = top().getSubcommands().get("encrypt");
        Path evil = Path.of("/tmp/rep\u001b[2J\u001b]0;t\u0007.txt");
        handler.handleExecutionException(new FailureException(new PathFailure.AlreadyExists(PathFailure.Role.OUTPUT_FILE, evil)), encrypt, null);
        assertEquals("error: output file already exists: /tmp/rep\\e[2J\\e]0;t\\x07.txt\n"
                + "hint: remove it, or choose another name with --file-name-override or another --output-dir\n", err.toString());
    }

    @Test
    void anUnknownCommandSaysSoAndSuggestsTheNearestOne() {
        assertEquals(2, top().execute("encrpyt", "-i", "x"));
        assertEquals("error: unknown command 'encrpyt'\nhint: did you mean 'encrypt'? run 'omegasafe --help' to list the commands\n",
                err.toString());
    }

    @Test
    void helpForAnUnknownCommandIsAnUnknownCommand() {
        assertEquals(2, top().execute("encrpyt", "--help"));
        assertEquals("error: unknown command 'encrpyt'\nhint: did you mean 'encrypt'? run 'omegasafe --help' to list the commands\n",
                err.toString());
    }

    @Test
    void aUsageErrorIsOneLineWithoutADoubledPrefix() {
        assertEquals(2, top().execute("encrypt", "-x"));
        assertEquals("error: Unknown option: '-x'\nhint: run 'omegasafe encrypt --help' for usage\n", err.toString());
    }

    @Test
    void aValueThatDoesNotConvertIsNamedWithoutAJavaClassName() {
        assertEquals(2, top().execute("encrypt", "--storage-uuid", "MEDIUM"));
        assertEquals("error: Invalid value for option '--storage-uuid': cannot convert 'MEDIUM' to UUID\n"
                + "hint: run 'omegasafe encrypt --help' for usage\n", err.toString());
    }

    @Test
    void aSizeThatIsNotANumberSaysSo() {
        assertEquals(2, top().execute("encrypt", "--nucleus-size-mb", "abc"));
        assertEquals("error: Invalid value for option '--nucleus-size-mb': 'abc' is not a number\n"
                + "hint: run 'omegasafe encrypt --help' for usage\n", err.toString());
    }

    @Test
    void picocliMessagesThatStartWithErrorAreNotDoubled() {
        // picocli words a violated exclusive group "Error: --yes, --no are mutually exclusive (specify only one)"
        assertEquals(2, top().execute("encrypt", "-y", "-n"));
        assertEquals("error: --yes, --no are mutually exclusive (specify only one)\nhint: run 'omegasafe encrypt --help' for usage\n",
                err.toString());
    }

    @Test
    void aNameTheLocaleCannotHoldSaysSoAndNamesTheRemedy() {
        // a lone surrogate cannot be encoded in any charset, as a non-ASCII name cannot in ASCII under LANG=C
        assertEquals(2, top().execute("encrypt", "-o", "r\ud800sum.txt"));
        assertEquals("error: the name 'r\ud800sum.txt' cannot be used with this locale's character set for file names ("
                + System.getProperty("sun.jnu.encoding") + ")\nhint: run with a UTF-8 locale, for example LC_ALL=C.UTF-8\n", err.toString());
    }
}
