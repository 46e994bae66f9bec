package adapters.in.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code omegasafe} command: subcommands only; {@code -V} prints the version. The subcommands are {@link #SUBCOMMANDS},
 * added by {@link CliSetup} (only the one named, when a run names one).
 */
@TopCommand
@Command(name = "omegasafe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Create OmegaSafe keys, encrypt and decrypt files, coordinate key space through an ECS.")
public class OmegaSafeCommand implements Runnable {
    /** The subcommands, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(InitCommand.class, SetConfigCommand.class, EraseAllCommand.class,
            CreateHttpEcsCommand.class, CreateSfcEcsCommand.class, ListEcsCommand.class, EditEcsCommand.class,
            EcsTransferCommands.Export.class, EcsTransferCommands.Import.class,
            EcsStorageCommands.ListCommand.class, EcsStorageCommands.ViewCommand.class, EcsStorageCommands.CreateCommand.class,
            EcsStorageCommands.EditCommand.class, EcsStorageCommands.DeleteCommand.class,
            CreateKeyCommand.class, ListKeysCommand.class, ViewKeyCommand.class, EditKeyCommand.class, KeyStorageLimitsCommand.class,
            KeyTransferCommands.Export.class, KeyTransferCommands.Import.class, KeyTransferCommands.Pull.class,
            KeyTransferCommands.Recipient.class, ImportKeyDeltaCommand.class,
            KeyMaintenanceCommands.FastForward.class, KeyMaintenanceCommands.Delete.class, EncryptCommand.class, DecryptCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
