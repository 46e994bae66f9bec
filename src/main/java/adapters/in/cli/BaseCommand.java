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
        int code;
        try {
            code = execute();
        } catch (Prompts.Aborted aborted) {
            out().println("Operation aborted.");
            out().flush();
            return 1;
        }
        if (code == 0 && checksForUpdates()) UpdateNotice.print(this);
        return code;
    }

    /**
     * Whether the post-command update check runs after this command succeeds (reference: on by default; it never
     * runs for init and erase-all, which have no configuration to read before or after).
     */
    protected boolean checksForUpdates() {
        return true;
    }

    protected abstract int execute() throws Exception;

    /** The command's one workspace: settings are resolved (and their warnings printed) once per command. */
    private Workspace workspace;

    protected Workspace workspace() {
        if (workspace == null) workspace = wiring.open(common.configDir, false);
        return workspace;
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

    /** Asks a yes/no question on the terminal; {@code defaultYes} when the answer is empty; Ctrl-D aborts. */
    protected static boolean confirm(String question, boolean defaultYes) {
        return Prompts.confirm(question, defaultYes);
    }
}
