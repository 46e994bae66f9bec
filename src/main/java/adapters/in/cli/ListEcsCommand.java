package adapters.in.cli;

import application.port.in.ListEcsUseCase;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe list-ecs}: configured ECS entries. */
@Command(name = "list-ecs", mixinStandardHelpOptions = true,
        description = "List configured External Claims Storage entries.")
public class ListEcsCommand extends BaseCommand {

    @Option(names = {"-j", "--json"}, description = "Emit structured JSON payload.")
    boolean json;

    @Override
    protected int execute() {
        ListEcsUseCase.Result r = workspace().listEcs().list();
        if (json) {
            ObjectNode root = Json.root();
            root.put("default_ecs_uuid", r.defaultEcsUuid().map(Object::toString).orElse(null));
            root.put("default_ecs_missing", r.defaultMissing());
            ArrayNode entries = root.putArray("entries");
            for (ListEcsUseCase.Entry e : r.entries()) {
                ObjectNode o = entries.addObject();
                o.put("ecs_name", e.name());
                o.put("ecs_uuid", e.uuid().toString());
                o.put("is_default", e.isDefault());
                o.put("path", e.path());
                o.put("url", e.url());
                if (e.developmentMode() == null) o.putNull("development_mode"); else o.put("development_mode", e.developmentMode());
            }
            out().println(Json.write(root));
            return 0;
        }
        if (r.entries().isEmpty()) {
            out().println("No ECS configured. Create one with: omegasafe create-sfc-ecs");
        }
        for (ListEcsUseCase.Entry e : r.entries()) {
            out().println((e.isDefault() ? "* " : "  ") + Printable.escape(e.name()) + "  " + e.uuid() + "  " + e.type() + "  "
                    + Printable.escape(e.path() != null ? e.path() : e.url()));
        }
        if (r.defaultMissing()) {
            out().println("Default ECS " + r.defaultEcsUuid().orElseThrow() + " is not configured.");
        }
        return 0;
    }
}
