package adapters.in.cli;

import application.port.in.KeyMaintenanceUseCase;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** fast-forward-claim and delete-key. */
final class KeyMaintenanceCommands {
    private KeyMaintenanceCommands() { }

    /** {@code omegasafe fast-forward-claim}. */
    @Command(name = "fast-forward-claim", mixinStandardHelpOptions = true,
            description = "Advance the external claimed position of the latest local Delta without encrypting data.")
    public static class FastForward extends BaseCommand {
        @Option(names = {"-c", "--claim-size"}, paramLabel = "<CLAIM_SIZE>", required = true, description = "Number of bytes to advance.")
        long claimSize;
        @Option(names = {"-k", "--key-uuid"}, paramLabel = "<KEY_UUID>", required = true, description = "Key UUID to adjust.")
        UUID keyUuid;
        @Option(names = {"-f", "--force"}, description = "Skip confirmation prompt.")
        boolean force;

        @Override
        protected int execute() {
            if (claimSize < 1) throw missing("--claim-size must be at least 1");
            var use = workspace().keyMaintenance();
            KeyMaintenanceUseCase.FastForward p = use.preview(keyUuid, claimSize);
            out().println("Latest Delta seq " + p.seq() + " (" + p.deltaUuid() + "): claimed up to " + p.latestClaimedBefore()
                    + ", " + p.remainingBefore() + " positions left");
            out().println("Requested forward movement: " + claimSize + " positions, new claimed position " + p.latestClaimedAfter());
            if (!force) {
                if (!interactive()) throw missing("fast-forward-claim needs confirmation: pass --force");
                if (!confirm("Consume these positions without encrypting anything?", false)) {
                    out().println("Operation aborted.");
                    return 1;
                }
            }
            KeyMaintenanceUseCase.FastForward r = use.fastForward(keyUuid, claimSize);
            out().println("Claimed position updated to " + r.latestClaimedAfter() + "; " + r.remainingAfter() + " positions left");
            return 0;
        }
    }

    /** {@code omegasafe delete-key}. */
    @Command(name = "delete-key", mixinStandardHelpOptions = true,
            description = "Delete a key from ECS when reachable, remove its Delta files, and clean up the local key and cache.")
    public static class Delete extends BaseCommand {
        @Option(names = {"-k", "--key-uuid"}, paramLabel = "<KEY_UUID>", required = true, description = "Key UUID to delete.")
        UUID keyUuid;
        @Option(names = {"-f", "--force"}, description = "Skip confirmation prompt.")
        boolean force;

        @Override
        protected int execute() {
            var use = workspace().keyMaintenance();
            if (!force) {
                if (!interactive()) throw missing("delete-key needs confirmation: pass --force");
                if (!confirm("Delete key " + keyUuid + " from the ECS and this device?", false)) {
                    out().println("Deletion aborted.");
                    return 1;
                }
            }
            KeyMaintenanceUseCase.Deleted d = use.delete(keyUuid);
            java.util.logging.Logger.getLogger(Delete.class.getName()).info("ECS: " + d.ecsOutcome());
            out().println("Delete-key completed for key " + d.keyUuid() + ".");
            return 0;
        }
    }
}
