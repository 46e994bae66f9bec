package adapters.in.cli;

import application.port.in.ImportKeyDeltaUseCase;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe import-key-delta}: manual recovery import of one encrypted Delta. */
@Command(name = "import-key-delta", mixinStandardHelpOptions = true,
        description = "Manually import one encrypted Delta payload into local key storage (recovery path).")
public class ImportKeyDeltaCommand extends BaseCommand {

    @Option(names = {"-i", "--input-file"}, paramLabel = "<FILE_PATH>", required = true, description = "Encrypted Delta container file.")
    Path input;
    @Option(names = {"-f", "--force"}, description = "Skip manual-import warning confirmation.")
    boolean force;

    @Override
    protected int execute() {
        var use = workspace().importKeyDelta();
        if (!force) {
            out().println("WARNING: manual Delta import bypasses the ECS authority checks. Import only trusted Delta files "
                    + "(for example from your own storage) while the ECS is unavailable; a Delta the ECS did not issue makes "
                    + "local state diverge and needs manual recovery.");
            if (!interactive()) throw missing("manual Delta import needs confirmation: pass --force");
            if (!confirm("Do you want to continue with manual Delta import?", false)) {
                out().println("Operation aborted.");
                return 1;
            }
        }
        ImportKeyDeltaUseCase.Result r = use.importDelta(input);
        out().println(r.imported() ? "Delta imported." : "Delta already present; nothing imported.");
        out().println("  Key UUID:         " + r.keyUuid());
        out().println("  Delta UUID:       " + r.deltaUuid());
        out().println("  Sequence:         " + r.seq());
        out().println("  Global positions: " + r.start() + ".." + r.end());
        return 0;
    }
}
