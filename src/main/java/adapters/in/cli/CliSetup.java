package adapters.in.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Completes the command line Quarkus builds: the error handler; the version provider on every subcommand, so that
 * {@code -V} (which every command accepts with the standard help options) prints the version wherever it is given
 * instead of an empty line; standard output behind the control-character guard ({@link Printable#guarded}), with
 * help in plain text (no ANSI styles, which the guard would show escaped). In a packaged JVM run whose file names
 * are ASCII only (the C locale), the process first starts itself again under UTF-8 ({@link Utf8FileNames}).
 */
@ApplicationScoped
public class CliSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory, CommandLine.IFactory beans, @CommandLineArguments String[] args) {
        // before any argument is parsed into a path: a JVM whose file names are ASCII starts itself again under UTF-8
        if (LaunchMode.current() == LaunchMode.NORMAL) Utf8FileNames.ensure();
        ErrorHandler handler = new ErrorHandler();
        CommandLine top = factory.create();
        // before the settings below, which picocli applies to the subcommands present
        for (Class<?> sub : subcommandsFor(args)) top.addSubcommand(new CommandLine(sub, beans));
        top.setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setCaseInsensitiveEnumValuesAllowed(true);
        withVersion(top, new VersionProvider());
        top.registerConverter(Path.class, CliSetup::path);
        top.registerConverter(java.math.BigDecimal.class, CliSetup::decimal);
        helpOnlyForKnownCommands(top);
        top.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        top.setOut(Printable.guarded(top.getOut()));
        return top;
    }

    /**
     * The subcommands a run needs: only the one {@code args} start with, when they start with a subcommand's name;
     * none for {@code omegasafe --version} (or {@code -V}) alone; otherwise all (the top-level help, an unknown command
     * and its suggestions, options before the command).
     * Building a subcommand's model reads every annotated field of it by reflection: building all 28 took about
     * 0.12 CPU-seconds of every JVM start (docs/PERFORMANCE.md, "Where a 1 GiB encrypt and decrypt spend their CPU").
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return List.of();
        if (args.length > 0) {
            for (Class<?> sub : OmegaSafeCommand.SUBCOMMANDS) {
                CommandLine.Command c = sub.getAnnotation(CommandLine.Command.class);
                if (c.name().equals(args[0]) || Arrays.asList(c.aliases()).contains(args[0])) return List.of(sub);
            }
        }
        return OmegaSafeCommand.SUBCOMMANDS;
    }

    /**
     * A path option's value. A name the file-name character set cannot hold (the C locale and a non-ASCII name) keeps
     * its {@link InvalidPathException} as the cause, so the error handler can say what is wrong and what helps.
     */
    static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            CommandLine.TypeConversionException t = new CommandLine.TypeConversionException("'" + value + "' is not a usable path: "
                    + e.getReason());
            t.initCause(e);
            throw t;
        }
    }

    /**
     * {@code omegasafe nosuchcommand --help} is an unknown command, not a request for the top-level help: picocli
     * answers a help request before it checks for unmatched arguments, so the execution strategy checks them first.
     */
    static void helpOnlyForKnownCommands(CommandLine top) {
        CommandLine.IExecutionStrategy run = top.getExecutionStrategy();
        top.setExecutionStrategy(parseResult -> {
            if ((parseResult.isUsageHelpRequested() || parseResult.isVersionHelpRequested()) && !parseResult.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(top, parseResult.unmatched());
            }
            return run.execute(parseResult);
        });
    }

    /** A decimal option's value (sizes in MB); picocli's own message would name the Java type. */
    static java.math.BigDecimal decimal(String value) {
        try {
            return new java.math.BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number");
        }
    }

    private static void withVersion(CommandLine command, CommandLine.IVersionProvider version) {
        command.getCommandSpec().versionProvider(version);
        for (CommandLine sub : command.getSubcommands().values()) withVersion(sub, version);
    }
}
