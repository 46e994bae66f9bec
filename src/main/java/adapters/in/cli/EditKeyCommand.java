package adapters.in.cli;

import application.port.in.EditKeyUseCase;
import application.port.out.KeyEdit;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe edit-key}: the key's name, storage or version in its HTTP ECS. */
@Command(name = "edit-key", mixinStandardHelpOptions = true, description = "Edit key metadata in HTTP ECS for a locally actionable key.")
public class EditKeyCommand extends BaseCommand {
    @Option(names = {"-k", "--key-uuid"}, paramLabel = "<KEY_UUID>", required = true, description = "Key UUID to edit.")
    UUID keyUuid;

    @Option(names = {"-n", "--key-name"}, paramLabel = "<KEY_NAME>", description = "New ECS key name.")
    String keyName;

    @Option(names = {"-s", "--storage-uuid"}, paramLabel = "<STORAGE_UUID>", description = "New storage UUID association.")
    UUID storageUuid;

    @Option(names = {"-v", "--omegasafe-version"}, paramLabel = "<OMEGASAFE_VERSION>",
            description = "New version metadata value. Debug only. Do not change unless you know what you are doing.")
    String version;

    @Option(names = {"-f", "--force"}, description = "Skip the confirmation prompt when changing a key from internal storage to BYOS.")
    boolean force;

    @Override
    protected int execute() {
        EditKeyUseCase use = workspace().editKey();
        EditKeyUseCase.Request request = new EditKeyUseCase.Request(keyUuid,
                new KeyEdit(Optional.ofNullable(keyName), Optional.ofNullable(storageUuid), Optional.ofNullable(version)));
        EditKeyUseCase.Check check = use.check(request);
        if (check.internalToByos()) {
            out().println("Warning: moving key " + keyUuid + " from the internal storage to your own storage ("
                    + Printable.escape(check.toStorage()) + "). The ECS does not move Delta files: download the existing Deltas "
                    + "first and place them in the new storage at {remote_path}/{key_uuid}/{delta_uuid}. Moving back to the "
                    + "internal storage is not supported.");
            if (!force) {
                if (!interactive()) throw missing("moving a key from internal storage to BYOS needs confirmation: pass --force");
                if (!confirm("Change the key's storage?", false)) {
                    out().println("Operation aborted.");
                    return 1;
                }
            }
        }
        EditKeyUseCase.Result r = use.edit(request);
        out().println(Printable.escape(r.message() == null || r.message().isBlank() ? "Key " + keyUuid + " edited." : r.message()));
        return 0;
    }
}
