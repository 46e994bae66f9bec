package adapters.in.cli;

import application.port.in.KeyTransferUseCase;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** export-key, import-key and pull-missing-deltas. */
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
            KeyTransferUseCase.Exported e;
            if (recipient != null) {
                try {
                    e = workspace().keyTransfer().exportForRecipient(keyUuid, output, recipient);
                } catch (IllegalArgumentException bad) {
                    throw missing("invalid --recipient: " + bad.getMessage());
                }
            } else {
                java.util.Optional<String> passphrase = protect ? java.util.Optional.of(Passphrases.forExport(this))
                        : java.util.Optional.empty();
                e = workspace().keyTransfer().export(keyUuid, output, passphrase);
            }
            out().println("Alpha exported to: " + e.path());
            out().println("  Key UUID:             " + e.keyUuid());
            out().println("  Key name:             " + e.keyName());
            out().println("  Alpha iteration UUID: " + e.alphaIterationUuid());
            out().println("  Alpha fingerprint:    " + e.fingerprint() + "  (compare it with the one import-key shows)");
            out().println("  Protection:           " + (recipient != null ? "recipient key (X25519, AES-256-GCM)"
                    : e.protectedByPassphrase() ? "passphrase (AES-256-GCM, Argon2id)" : "none"));
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
            String[] k = workspace().keyTransfer().recipientKey();
            out().println(k[0]);
            out().println("Fingerprint: " + k[1] + "  (the exporting side should confirm it out of band)");
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
            KeyTransferUseCase.Imported r = workspace().keyTransfer().importKey(input, ecsUuid, Passphrases.forImport());
            out().println("ECS: " + r.ecsName() + " (" + r.ecsUuid() + ")");
            out().println("Key imported: " + r.keyName() + " (" + r.keyUuid() + ")");
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
            KeyTransferUseCase.Pulled r = workspace().keyTransfer().pullMissing(keyUuid);
            if (r.imported().isEmpty()) {
                out().println("No missing deltas found for key_uuid=" + keyUuid + ".");
                return 0;
            }
            out().println("Missing deltas: " + r.imported().size());
            for (int seq : r.imported()) out().println("  imported Delta seq " + seq);
            out().println("Pull completed: imported=" + r.imported().size() + ", skipped=" + r.skipped());
            return 0;
        }
    }
}
