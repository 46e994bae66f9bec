package adapters.in.cli;

import application.port.in.SetConfigUseCase;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe set-config}. */
@Command(name = "set-config", mixinStandardHelpOptions = true,
        description = "Update runtime/dynamic configuration values used by CLI flows.")
public class SetConfigCommand extends BaseCommand {

    @Option(names = {"-o", "--offline-mode"}, paramLabel = "<OFFLINE_MODE>", description = "Set OFFLINE_MODE (true/false).")
    String offlineMode;
    @Option(names = {"-u", "--update-check"}, paramLabel = "<UPDATE_CHECK>", description = "Set UPDATE_CHECK (true/false).")
    String updateCheck;
    @Option(names = {"-e", "--ecs-uuid-default"}, paramLabel = "<ECS_UUID_DEFAULT>", description = "Set default ECS UUID.")
    String ecsUuidDefault;
    @Option(names = {"-c", "--clear-ecs-uuid-default"}, description = "Clear default ECS UUID.")
    boolean clearEcsUuidDefault;
    @Option(names = {"-f", "--cache-offline-key-capacity-gb"}, paramLabel = "<CACHE_OFFLINE_KEY_CAPACITY_GB>",
            description = "Set offline cache target in GB.")
    String offlineGb;
    @Option(names = {"-p", "--cache-performance-key-capacity-gb"}, paramLabel = "<CACHE_PERFORMANCE_KEY_CAPACITY_GB>",
            description = "Set performance cache target in GB.")
    String performanceGb;
    @Option(names = {"-t", "--traditional-enc-layer-pass"}, paramLabel = "<TRADITIONAL_ENC_LAYER_PASS>",
            description = "Set or clear (\"\") the config.ini TRADITIONAL_ENC_LAYER_PASS value; '-' reads it from standard "
                    + "input (asked without echo on a terminal), so it never shows in the process list.")
    String traditionalPass;

    @Override
    protected int execute() {
        boolean inline = traditionalPass != null && !traditionalPass.isEmpty() && !"-".equals(traditionalPass);
        if ("-".equals(traditionalPass)) traditionalPass = Passphrases.fromStandardInput(this, "Traditional-layer password: ");
        SetConfigUseCase.Request request;
        try {
            request = new SetConfigUseCase.Request(Optional.ofNullable(offlineMode), Optional.ofNullable(updateCheck),
                    Optional.ofNullable(ecsUuidDefault), clearEcsUuidDefault, Optional.ofNullable(offlineGb),
                    Optional.ofNullable(performanceGb), Optional.ofNullable(traditionalPass));
        } catch (IllegalArgumentException e) {
            throw missing(e.getMessage());
        }
        if (inline) {
            java.util.logging.Logger.getLogger(SetConfigCommand.class.getName()).warning("The traditional-layer password was "
                    + "given on the command line, where other accounts can see it in the process list; pass "
                    + "'--traditional-enc-layer-pass -' to read it from standard input instead.");
        }
        SetConfigUseCase.Result r = workspace().setConfig().set(request);
        if (r.changes().isEmpty()) {
            out().println("No configuration changes requested.");
            return 0;
        }
        out().println("Configuration updated: " + r.changes().stream().map(c -> c.property() + "=" + Printable.escape(c.display()))
                .collect(Collectors.joining(", ")));
        for (String env : r.envOverrides()) {
            java.util.logging.Logger.getLogger(SetConfigCommand.class.getName())
                    .warning(env + " is set and overrides the value in config.ini");
        }
        return 0;
    }
}
