package adapters.in.cli;

import java.util.logging.Logger;

/**
 * Secrets given as options (an API key, a secret access key): the value {@code -} reads the secret from standard
 * input (asked without echo on a terminal), so it never shows in the process list; an inline value works, with a
 * warning saying so.
 */
final class Secrets {
    private static final Logger LOG = Logger.getLogger(Secrets.class.getName());

    private Secrets() { }

    /** The secret an option gave ({@code -}: read it), or null when the option was not given. */
    static String resolve(BaseCommand command, String value, String option, String what) {
        if (value == null) return null;
        if ("-".equals(value)) return Passphrases.fromStandardInput(command, what + ": ");
        LOG.warning("The " + what.toLowerCase(java.util.Locale.ROOT) + " was given on the command line, where other accounts "
                + "can see it in the process list; pass '" + option + " -' to read it from standard input instead.");
        return value;
    }
}
