package adapters.in.cli;

import application.port.in.ExportEcsUseCase;
import application.port.in.ExportKeyUseCase.Protection;
import application.port.in.ImportEcsUseCase;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** export-ecs and import-ecs: one ECS connection between devices of the same user. */
final class EcsTransferCommands {
    private EcsTransferCommands() { }

    /** {@code omegasafe export-ecs}. */
    @Command(name = "export-ecs", mixinStandardHelpOptions = true,
            description = "Export one configured ECS connection (sensitive: it holds live credentials; protected by a passphrase "
                    + "unless --plain or --recipient is given).")
    public static class Export extends BaseCommand {
        @Option(names = {"-e", "--ecs-uuid"}, paramLabel = "<ECS_UUID>", required = true, description = "ECS UUID to export.")
        UUID ecsUuid;

        @Option(names = {"-o", "--output-path"}, paramLabel = "<OUTPUT_PATH>", required = true, description = "Destination export file path.")
        Path output;

        @Option(names = {"-P", "--protect-with-passphrase"},
                description = "Encrypt the export with a passphrase (the default; from OMEGASAFE_EXPORT_PASSPHRASE, else asked twice).")
        boolean protect;

        @Option(names = {"-R", "--recipient"}, paramLabel = "<RECIPIENT_KEY>",
                description = "Encrypt the export to the receiving device's key (see 'omegasafe recipient-key' there).")
        String recipient;

        @Option(names = "--plain", description = "Write the export unencrypted (it holds the API key in clear).")
        boolean plain;

        @Override
        protected int execute() {
            if ((protect ? 1 : 0) + (recipient != null ? 1 : 0) + (plain ? 1 : 0) > 1) {
                throw missing("--protect-with-passphrase, --recipient and --plain exclude each other");
            }
            Protection protection = recipient != null ? new Protection.Recipient(recipient)
                    : plain ? new Protection.None() : new Protection.Passphrase(Passphrases.forExport(this));
            ExportEcsUseCase.Result r = workspace().exportEcs().export(new ExportEcsUseCase.Request(ecsUuid, output, protection));
            out().println("ECS exported to: " + Printable.escape(r.path().toString()));
            out().println("  ECS UUID: " + r.ecsUuid());
            out().println("  ECS name: " + Printable.escape(r.name()));
            out().println("  ECS type: " + r.type());
            out().println("  Protection: " + switch (r.protection()) {
                case Protection.Recipient x -> "recipient key (X25519, AES-256-GCM)";
                case Protection.Passphrase x -> "passphrase (AES-256-GCM, Argon2id)";
                case Protection.None x -> "none";
            });
            out().println("The export holds live connection details: keep it for your own devices; grant other users access "
                    + "to a key through the ECS's invitations instead.");
            return 0;
        }
    }

    /** {@code omegasafe import-ecs}. */
    @Command(name = "import-ecs", mixinStandardHelpOptions = true,
            description = "Import an ECS connection export file into the local ECS container.")
    public static class Import extends BaseCommand {
        @Option(names = {"-i", "--input-file"}, paramLabel = "<FILE_PATH>", required = true, description = "Path to ECS export file.")
        Path input;

        @Override
        protected int execute() {
            ImportEcsUseCase.Result r = workspace().importEcs().importEcs(new ImportEcsUseCase.Request(input, Passphrases.forImport()));
            out().println("ECS imported: " + Printable.escape(r.location()));
            out().println("  ECS UUID: " + r.ecsUuid());
            out().println("  ECS name: " + Printable.escape(r.name()));
            out().println("  ECS type: " + r.type());
            return 0;
        }
    }
}
