package adapters.in.cli;

import application.port.in.ExportKeyUseCase;
import application.port.in.ExportKeyUseCase.Protection;
import application.port.in.ImportKeyUseCase;
import application.port.in.PullMissingDeltasUseCase;
import application.port.in.RecipientKeyUseCase;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** export-key, recipient-key, import-key and pull-missing-deltas. */
final class KeyTransferCommands {
    private KeyTransferCommands() { }

    /** {@code omegasafe export-key}. */
    @Command(name = "export-key", mixinStandardHelpOptions = true,
            description = "Export the local Alpha iteration for a given key UUID (highly sensitive: transfer it securely).")
    public static class Export extends BaseCommand {
        @Option(names = {"-k", "--key-uuid"}, paramLabel = "<KEY_UUID>", required = true, description = "Key UUID whose Alpha should be exported.")
        UUID keyUuid;

        @Option(names = {"-o", "--output-path"}, paramLabel = "<OUTPUT_PATH>", required = true, description = "Destination file path.")
        Path output;

        @Option(names = {"-P", "--protect-with-passphrase"},
                description = "Encrypt the export with a passphrase (from OMEGASAFE_EXPORT_PASSPHRASE, else asked twice).")
        boolean protect;

        @Option(names = {"-R", "--recipient"}, paramLabel = "<RECIPIENT_KEY>",
                description = "Encrypt the export to the receiving device's key (see 'omegasafe recipient-key' there).")
        String recipient;

        @Override
        protected int execute() {
            if (protect && recipient != null) throw missing("--protect-with-passphrase and --recipient exclude each other");
            Protection protection = recipient != null ? new Protection.Recipient(recipient)
                    : protect ? new Protection.Passphrase(Passphrases.forExport(this)) : new Protection.None();
            ExportKeyUseCase.Result e = workspace().exportKey().export(new ExportKeyUseCase.Request(keyUuid, output, protection));
            out().println("Alpha exported to: " + Printable.escape(e.path().toString()));
            out().println("  Key UUID:             " + e.keyUuid());
            out().println("  Key name:             " + Printable.escape(e.keyName()));
            out().println("  Alpha iteration UUID: " + e.alphaIterationUuid());
            out().println("  Alpha fingerprint:    " + e.fingerprint() + "  (compare it with the one import-key shows)");
            out().println("  Protection:           " + switch (e.protection()) {
                case Protection.Recipient r -> "recipient key (X25519, AES-256-GCM)";
                case Protection.Passphrase p -> "passphrase (AES-256-GCM, Argon2id)";
                case Protection.None n -> "none";
            });
            out().println("Treat this file as the key itself: transfer it by an approved secure channel, never with ECS credentials.");
            return 0;
        }
    }

    /** {@code omegasafe recipient-key}: this device's X25519 key for receiving exported Alphas. */
    @Command(name = "recipient-key", mixinStandardHelpOptions = true,
            description = "Show this device's recipient public key (created on first use) for 'export-key --recipient'.")
    public static class Recipient extends BaseCommand {
        @Override
        protected int execute() {
            RecipientKeyUseCase.Result k = workspace().recipientKey().recipientKey();
            out().println(k.publicKey());
            out().println("Fingerprint: " + k.fingerprint() + "  (the exporting side should confirm it out of band)");
            return 0;
        }
    }

    /** {@code omegasafe import-key}. */
    @Command(name = "import-key", mixinStandardHelpOptions = true,
            description = "Import an Alpha key file, bind it to an ECS, pull missing Deltas and initialize cache claims.")
    public static class Import extends BaseCommand {
        @Option(names = {"-e", "--ecs-uuid"}, paramLabel = "<ECS_UUID>", required = true, description = "ECS where the key must already be registered.")
        UUID ecsUuid;

        @Option(names = {"-i", "--input-file"}, paramLabel = "<FILE_PATH>", required = true, description = "Path to exported Alpha key file.")
        Path input;

        @Override
        protected int execute() {
            ImportKeyUseCase.Result r = workspace().importKey().importKey(new ImportKeyUseCase.Request(input, ecsUuid,
                    Passphrases.forImport()));
            out().println("ECS: " + Printable.escape(r.ecsName()) + " (" + r.ecsUuid() + ")");
            out().println("Key imported: " + Printable.escape(r.keyName()) + " (" + r.keyUuid() + ")");
            out().println("  Alpha iteration UUID: " + r.alphaIterationUuid());
            out().println("  Alpha fingerprint:    " + r.fingerprint());
            out().println("  Deltas pulled:        " + (r.pulledDeltas().isEmpty() ? "none" : r.pulledDeltas()));
            out().println("  Claims by reason:     " + (r.claimsByReason().isEmpty() ? "none" : r.claimsByReason()));
            return 0;
        }
    }

    /** {@code omegasafe pull-missing-deltas}. */
    @Command(name = "pull-missing-deltas", mixinStandardHelpOptions = true,
            description = "Pull ECS Deltas that are missing locally for one key UUID.")
    public static class Pull extends BaseCommand {
        @Option(names = {"-k", "--key-uuid"}, paramLabel = "<KEY_UUID>", required = true, description = "Key UUID to reconcile.")
        UUID keyUuid;

        @Override
        protected int execute() {
            PullMissingDeltasUseCase.Result r = workspace().pullMissingDeltas().pull(keyUuid);
            if (r.missing().isEmpty()) {
                out().println("No missing deltas found for key_uuid=" + keyUuid + ".");
                return 0;
            }
            out().println("Missing deltas: " + r.missing().size());
            for (PullMissingDeltasUseCase.Missing m : r.missing()) {
                out().println("  " + (m.imported() ? "imported" : "skipped (already present)") + " Delta seq " + m.seq() + " "
                        + m.deltaUuid());
            }
            out().println("Pull completed: imported=" + r.imported() + ", skipped=" + r.skipped());
            return 0;
        }
    }
}
