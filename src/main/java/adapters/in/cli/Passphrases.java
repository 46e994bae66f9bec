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
            String a = Prompts.secret("Passphrase for the export: ");
            String b = Prompts.secret("Repeat the passphrase: ");
            if (!a.equals(b)) throw command.missing("the passphrases differ");
            p = a;
        }
        if (p.length() < MIN_LENGTH) throw command.missing("the export passphrase needs at least " + MIN_LENGTH + " characters");
        return p;
    }

    static Optional<String> forImport() {
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) return Optional.of(env);
        if (BaseCommand.interactive()) {
            String a = Prompts.secret("Passphrase of the export (empty if none): ");
            if (!a.isEmpty()) return Optional.of(a);
        }
        return Optional.empty();
    }

    /**
     * A secret from standard input: asked without echo when a person is at a terminal, else the first line of
     * standard input (without its line ending). End of input with nothing read is a usage error.
     */
    static String fromStandardInput(BaseCommand command, String prompt) {
        if (BaseCommand.interactive()) {
            return Prompts.secret(prompt);
        }
        try {
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8));
            String line = r.readLine();
            if (line == null) throw command.missing("no value given on standard input");
            return line;
        } catch (java.io.IOException e) {
            throw command.missing("cannot read standard input: " + e.getMessage());
        }
    }
}
