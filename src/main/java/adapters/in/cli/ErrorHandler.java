package adapters.in.cli;

import application.port.in.OmegaSafeException;
import application.port.out.ConfigPasswordMissingException;
import application.port.out.ContainerAccessException;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import application.port.out.NotAnEncryptedFileException;
import application.port.out.NotInitialisedException;
import application.port.out.TraditionalLayerPasswordException;
import application.service.claim.InsufficientOfflineCacheException;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The one place failures become words: one {@code error:} line and, when known, one {@code hint:} line
 * on stderr; exit 1 for failures, 2 for usage errors. Stack traces only at DEBUG.
 */
public final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private static final Logger LOG = Logger.getLogger(ErrorHandler.class.getName());
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof CommandLine.ParameterException pe) return handleParseException(pe, new String[0]);
        Message m = describe(ex);
        PrintWriter err = cmd.getErr();
        err.println("error: " + m.error());
        if (m.hint() != null) err.println("hint: " + m.hint());
        err.flush();
        LOG.log(Level.FINE, "failure detail", ex);
        return FAILURE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("error: " + firstLine(ex.getMessage()));
        err.println("hint: run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage");
        err.flush();
        return USAGE;
    }

    record Message(String error, String hint) { }

    static Message describe(Throwable ex) {
        if (ex instanceof OmegaSafeException o) return new Message(firstLine(o.getMessage()), o.hint().orElse(null));
        if (ex instanceof NotInitialisedException n) {
            return new Message("no OmegaSafe configuration at " + n.path(),
                    "run 'omegasafe init' (or pass the --config-dir you initialised)");
        }
        if (ex instanceof ConfigPasswordMissingException) {
            return new Message(firstLine(ex.getMessage()),
                    "set OMEGASAFE_CONFIG_PASSWORD or run 'omegasafe init' on this device");
        }
        if (ex instanceof ContainerAccessException c) return container(c);
        if (ex instanceof TraditionalLayerPasswordException t) {
            return t.missing()
                    ? new Message("the file is protected by the traditional encryption layer and no password is set",
                    "set OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS (or TRADITIONAL_ENC_LAYER_PASS with 'omegasafe set-config') to the password used when it was encrypted")
                    : new Message("cannot open the file: wrong traditional-layer password",
                    "set OMEGASAFE_TRADITIONAL_ENC_LAYER_PASS to the password used when it was encrypted");
        }
        if (ex instanceof NotAnEncryptedFileException) {
            return new Message(firstLine(ex.getMessage()),
                    "check that the input is an OmegaSafe encrypted file and was copied completely");
        }
        if (ex instanceof InsufficientOfflineCacheException) {
            return new Message(firstLine(ex.getMessage()),
                    "reconnect to the ECS (and set OFFLINE_MODE to false), or encrypt a smaller file");
        }
        if (ex instanceof EcsUnavailableException) {
            return new Message("ECS unavailable: " + firstLine(ex.getMessage()), "check the ECS connection and retry");
        }
        if (ex instanceof EcsException) return new Message("ECS error: " + firstLine(ex.getMessage()), null);
        if (ex instanceof IllegalArgumentException) return new Message(firstLine(ex.getMessage()), null);
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : firstLine(ex.getMessage());
        return new Message("unexpected failure: " + msg, "rerun with --log-level DEBUG for details");
    }

    private static Message container(ContainerAccessException c) {
        String name = c.path() == null || c.path().getFileName() == null ? "container" : c.path().getFileName().toString();
        return switch (c.reason()) {
            case WRONG_PASSWORD -> new Message("cannot open " + name + ": wrong configuration password",
                    "set OMEGASAFE_CONFIG_PASSWORD or run 'omegasafe init' on this device");
            case PASSWORD_REQUIRED -> new Message("cannot open " + name + ": no configuration password",
                    "set OMEGASAFE_CONFIG_PASSWORD or run 'omegasafe init' on this device");
            case MISSING -> new Message("cannot open " + name + ": " + c.path() + " does not exist",
                    "run 'omegasafe init' (or pass the --config-dir you initialised)");
            case INSECURE_PERMISSIONS -> new Message(name + " is readable by other users: " + c.path(),
                    "chmod 600 " + c.path());
            case DAMAGED -> new Message("cannot open " + name + ": " + firstLine(c.getMessage()),
                    "restore it from a backup or recreate it with 'omegasafe init --override-existing'");
            case IO -> new Message("cannot use " + name + ": " + firstLine(c.getMessage()), null);
        };
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
