package adapters.in.cli;

import adapters.config.Wiring;
import adapters.config.Workspace;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: common options, the wiring, stdout, and the terminal check. */
abstract class BaseCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Inject
    Wiring wiring;

    @Override
    public final Integer call() throws Exception {
        ConsoleLogging.install(common.logLevel != null ? common.logLevel : ConsoleLogging.DEFAULT);
        return execute();
    }

    protected abstract int execute() throws Exception;

    protected Workspace workspace() {
        return wiring.open(common.configDir, false);
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** True when a person can answer prompts (stdin and stdout are a terminal). */
    protected static boolean interactive() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    /** A usage error (exit 2) saying which flag supplies the missing value. */
    protected CommandLine.ParameterException missing(String what) {
        return new CommandLine.ParameterException(spec.commandLine(), what);
    }

    /** Asks a yes/no question on the terminal; {@code defaultYes} when the answer is empty. */
    protected static boolean confirm(String question, boolean defaultYes) {
        java.io.Console c = System.console();
        String answer = c.readLine("%s %s: ", question, defaultYes ? "[Y/n]" : "[y/N]");
        if (answer == null || answer.isBlank()) return defaultYes;
        return answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }
}
