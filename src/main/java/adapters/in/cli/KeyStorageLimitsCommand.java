package adapters.in.cli;

import application.port.in.KeyStorageLimitsUseCase;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe key-storage-limits}: a key's internal-storage usage and limits on its HTTP ECS. */
@Command(name = "key-storage-limits", mixinStandardHelpOptions = true,
        description = "Fetch internal storage usage/limit metrics for a key on HTTP ECS.")
public class KeyStorageLimitsCommand extends BaseCommand {
    @Option(names = {"-k", "--key-uuid"}, paramLabel = "<KEY_UUID>", required = true, description = "Key UUID to query.")
    UUID keyUuid;

    @Option(names = {"-j", "--json"}, description = "Emit structured JSON payload.")
    boolean json;

    @Override
    protected int execute() {
        KeyStorageLimitsUseCase.Result r = workspace().keyStorageLimits().limits(keyUuid);
        if (json) {
            ObjectNode root = Json.root();
            root.put("ecs_uuid", r.ecsUuid().toString());
            root.put("ecs_name", r.ecsName());
            root.put("key_uuid", r.keyUuid().toString());
            root.put("message", r.message());
            if (r.usage() == null) root.putNull("usage"); else root.set("usage", StorageJson.usage(r.usage()));
            out().println(Json.write(root));
            return 0;
        }
        out().println("Key " + r.keyUuid() + " on ECS '" + Printable.escape(r.ecsName()) + "' (" + r.ecsUuid() + ")");
        if (r.message() != null) out().println(Printable.escape(r.message()));
        if (r.usage() != null) {
            out().println("  Uploads:");
            r.usage().uploads().forEach((scope, m) -> out().println("    " + StorageJson.line(scope, m)));
            out().println("  Downloads:");
            r.usage().downloads().forEach((scope, m) -> out().println("    " + StorageJson.line(scope, m)));
        }
        return 0;
    }
}
