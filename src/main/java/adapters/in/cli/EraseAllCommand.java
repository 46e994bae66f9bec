package adapters.in.cli;

import application.port.in.EraseAllUseCase;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe erase-all}. */
@Command(name = "erase-all", mixinStandardHelpOptions = true,
        description = "Permanently remove local OmegaSafe config, containers, and stored keyring password.")
public class EraseAllCommand extends BaseCommand {

    @Option(names = {"-f", "--force"}, description = "Skip destructive confirmation prompts.")
    boolean force;

    @Override
    protected int execute() {
        EraseAllUseCase erase = workspace().eraseAll();
        var out = out();
        out.println("WARNING: this permanently deletes the local OmegaSafe configuration, keys, claim cache and ECS "
                + "connections, and the configuration password in the OS keyring. It cannot be undone. "
                + "Nothing is deleted from any ECS.");
        for (Path p : erase.targets()) out.println("  " + Printable.escape(p.toString()));
        if (!force) {
            if (!interactive()) throw missing("erase-all needs confirmation: pass --force to erase without a prompt");
            if (!confirm("Erase everything listed above?", false)) {
                out.println("Operation aborted.");
                return 1;
            }
        }
        EraseAllUseCase.Result r = erase.erase();
        for (Path p : r.removed()) out.println("Removed: " + Printable.escape(p.toString()));
        if (!r.rootRemoved()) {
            out.println("Kept: " + Printable.escape(workspace().root().toString()) + " (it holds files OmegaSafe did not create)");
        }
        out.println("Keyring password: " + switch (r.keyring()) {
            case REMOVED -> "removed";
            case NOT_FOUND -> "not found";
            case UNAVAILABLE -> "keyring not reachable, nothing removed";
        });
        return 0;
    }

    @Override
    protected boolean checksForUpdates() {
        return false;
    }
}
