package adapters.in.cli;

import application.port.in.KeySummary;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe list-keys}: keys with a local Alpha. */
@Command(name = "list-keys", mixinStandardHelpOptions = true,
        description = "List locally actionable keys with capacity, Delta, and ECS-status summary.")
public class ListKeysCommand extends BaseCommand {

    @Option(names = {"-j", "--json"}, description = "Emit structured JSON payload.")
    boolean json;

    @Override
    protected int execute() {
        List<KeySummary> keys = workspace().listKeys().list();
        if (json) {
            ObjectNode root = Json.root();
            ArrayNode arr = root.putArray("keys");
            for (KeySummary k : keys) arr.add(KeyJson.summary(k));
            out().println(Json.write(root));
            return 0;
        }
        if (keys.isEmpty()) {
            out().println("No keys with a local Alpha. Create one with 'omegasafe create-key' or import one with 'omegasafe import-key'.");
            return 0;
        }
        // the same fields as --json, one labelled line each (reference: both modes represent the same data)
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) out().println();
            PlainText.print(out(), KeyJson.summary(keys.get(i)), "");
        }
        return 0;
    }
}
