package adapters.in.cli;

/**
 * The post-command update check: printed on stdout (reference: "they are stdout prints, not logs"; disable with
 * {@code set-config --update-check false} for clean JSON). Any failure of the check is silent.
 */
final class UpdateNotice {
    private UpdateNotice() { }

    static void print(BaseCommand command) {
        try {
            command.workspace().updateCheck().check().ifPresent(n -> {
                command.out().println("A newer OmegaSafe CLI is available: " + Printable.escape(n.latest()) + " (installed: "
                        + n.installed() + "; announced by ECS '" + Printable.escape(n.ecsName()) + "').");
                command.out().flush();
            });
        } catch (RuntimeException e) {
            // the update check never turns a successful command into a failure
        }
    }
}
