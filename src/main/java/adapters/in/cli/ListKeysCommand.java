package adapters.in.cli;

import application.port.in.KeySummary;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import domain.key.SizeFormat;
import java.math.BigInteger;
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
        for (KeySummary k : keys) {
            out().println(k.keyNameLocal() + "  " + k.keyUuid());
            out().println("  Alpha key size on disk:      " + SizeFormat.decimal(k.alphaKeySizeOnDisk()));
            out().println("  Alpha capacity left:         " + SizeFormat.capacityLeft(k.alphaRemaining(), k.iterationCapacity()));
            out().println("  Maximum file size:           " + SizeFormat.withBytes(k.maximumFileSize()));
            out().println("  Minimum number of Deltas:    " + String.format("%,d", k.minimumNumberOfDeltas()));
            out().println("  Total capacity left:         " + (k.totalRemaining() == null ? "unknown"
                    : SizeFormat.capacityLeft(k.totalRemaining(), k.totalCapacity())));
            out().println("  Latest Delta:                " + (k.latestDeltaSequence() == null ? "none"
                    : "seq " + k.latestDeltaSequence() + " " + k.latestDeltaUuid()));
            out().println("  Latest Delta capacity left:  " + (k.latestDeltaRemaining() == null ? "unknown"
                    : SizeFormat.capacityLeft(k.latestDeltaRemaining(), k.iterationCapacity())));
            out().println("  ECS:                         " + (k.ecsName() == null ? "-" : k.ecsName() + " (" + k.ecsUuid() + ")")
                    + ", status: " + k.ecsStatus());
        }
        return 0;
    }
}
