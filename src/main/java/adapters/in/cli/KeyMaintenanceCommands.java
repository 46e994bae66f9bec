package adapters.in.cli;

import application.port.in.DeleteKeyUseCase;
import application.port.in.FastForwardClaimUseCase;
import java.util.UUID;
import java.util.logging.Logger;
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
            var request = new FastForwardClaimUseCase.Request(keyUuid, claimSize);
            var use = workspace().fastForwardClaim();
            FastForwardClaimUseCase.State p = use.preview(request);
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
            FastForwardClaimUseCase.State r = use.fastForward(request);
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

        @Option(names = {"-L", "--local-only"},
                description = "Remove the key from this device only; the ECS keeps the key, its claims and Deltas for other holders.")
        boolean localOnly;

        @Override
        protected int execute() {
            var use = workspace().deleteKey();
            if (!force) {
                if (!interactive()) throw missing("delete-key needs confirmation: pass --force");
                String where = localOnly ? "this device (the ECS keeps it)" : "the ECS and this device";
                if (!confirm("Delete key " + keyUuid + " from " + where + "?", false)) {
                    out().println("Deletion aborted.");
                    return 1;
                }
            }
            DeleteKeyUseCase.Result d = use.delete(new DeleteKeyUseCase.Request(keyUuid, localOnly));
            Logger.getLogger(Delete.class.getName()).info("ECS: " + switch (d.ecsOutcome()) {
                case DELETED -> "key deleted with its Delta files";
                case NOT_REGISTERED -> "key was not registered";
                case NO_ECS_LINKED -> "no ECS linked on this device";
                case LEFT_UNTOUCHED -> "left untouched (--local-only)";
                case FAILED -> "delete failed (" + d.ecsDetail() + ")";
            });
            out().println("Delete-key completed for key " + d.keyUuid() + ".");
            return 0;
        }
    }
}
