package adapters.in.cli;

import java.util.Optional;

/** Export passphrases: {@code OMEGASAFE_EXPORT_PASSPHRASE}, else asked on the terminal (never echoed). */
final class Passphrases {
    /** Environment variable carrying the passphrase of a protected export. */
    static final String ENV = "OMEGASAFE_EXPORT_PASSPHRASE";
    /** Shortest accepted passphrase. */
    static final int MIN_LENGTH = 12;

    private Passphrases() { }

    static String forExport(BaseCommand command) {
        String env = System.getenv(ENV);
        String p;
        if (env != null && !env.isEmpty()) {
            p = env;
        } else {
            if (!BaseCommand.interactive()) throw command.missing("no passphrase: set " + ENV + " or run on a terminal");
            char[] a = System.console().readPassword("Passphrase for the export: ");
            char[] b = System.console().readPassword("Repeat the passphrase: ");
            if (a == null || b == null || !java.util.Arrays.equals(a, b)) throw command.missing("the passphrases differ");
            p = new String(a);
        }
        if (p.length() < MIN_LENGTH) throw command.missing("the export passphrase needs at least " + MIN_LENGTH + " characters");
        return p;
    }

    static Optional<String> forImport() {
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) return Optional.of(env);
        if (BaseCommand.interactive()) {
            char[] a = System.console().readPassword("Passphrase of the export (empty if none): ");
            if (a != null && a.length > 0) return Optional.of(new String(a));
        }
        return Optional.empty();
    }
}
