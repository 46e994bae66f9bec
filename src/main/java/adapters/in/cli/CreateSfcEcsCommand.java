package adapters.in.cli;

import application.port.in.CreateEcsUseCase;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe create-sfc-ecs}: a local file-based ECS. */
@Command(name = "create-sfc-ecs", mixinStandardHelpOptions = true,
        description = "Create a SFC ECS entry (local-only; not recommended for multiple devices or concurrent use).")
public class CreateSfcEcsCommand extends BaseCommand {
    /** Default claims file name inside the config root when --sfc-path is omitted. */
    static final String DEFAULT_FILE = "local_claims.sfc";

    @Option(names = {"-n", "--ecs-name"}, paramLabel = "<ECS_NAME>", description = "SFC ECS display name.")
    String name;
    @Option(names = {"-p", "--sfc-path"}, paramLabel = "<SFC_PATH>", description = "File path for SFC claims storage file.")
    Path path;

    @ArgGroup(exclusive = true)
    Confirm confirm;

    static class Confirm {
        @Option(names = {"-y", "--confirm-sfc-ecs"}, description = "Accept SFC warning without interactive prompt.")
        boolean yes;
        @Option(names = {"-x", "--no-confirm-sfc-ecs"}, description = "Decline SFC warning without interactive prompt.")
        boolean no;
    }

    @Override
    protected int execute() {
        var ws = workspace();
        if (name == null) {
            if (!interactive()) throw missing("missing ECS name: pass --ecs-name <ECS_NAME>");
            name = Prompts.required("SFC ECS name: ");
        }
        out().println("Warning: SFC ECS is a local file. It is meant for one device or for testing; "
                + "use HTTP ECS for several devices or users.");
        if (confirm == null) {
            if (!interactive()) throw missing("SFC ECS warning not confirmed: pass --confirm-sfc-ecs or --no-confirm-sfc-ecs");
            if (!confirm("Create the SFC ECS?", false)) {
                out().println("Operation aborted.");
                return 1;
            }
        } else if (confirm.no) {
            out().println("Operation aborted.");
            return 1;
        }
        Path file = path != null ? path : ws.root().resolve(DEFAULT_FILE);
        CreateEcsUseCase.Result r = ws.createEcs().create(new CreateEcsUseCase.Request.Sfc(name, file));
        out().println((r.attachedToExisting() ? "SFC ECS attached to existing file: " : "SFC ECS created: ") + Printable.escape(r.location()));
        out().println("  ECS UUID: " + r.ecsUuid());
        out().println("  ECS name: " + Printable.escape(r.name()));
        return 0;
    }
}
