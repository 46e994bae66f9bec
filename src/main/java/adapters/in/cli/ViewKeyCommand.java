package adapters.in.cli;

import application.port.in.ViewKeyUseCase;
import application.port.in.ViewKeyUseCase.Capacity;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe view-key}. */
@Command(name = "view-key", mixinStandardHelpOptions = true,
        description = "Show detailed state for one locally actionable key across local key data, cache data, and ECS data.")
public class ViewKeyCommand extends BaseCommand {

    @Option(names = {"-k", "--key-uuid"}, paramLabel = "<KEY_UUID>", required = true, description = "Key UUID to inspect.")
    UUID keyUuid;
    @Option(names = {"-j", "--json"}, description = "Emit structured JSON payload.")
    boolean json;

    @Override
    protected int execute() {
        ViewKeyUseCase.Result r = workspace().viewKey().view(new ViewKeyUseCase.Request(keyUuid));
        ObjectNode root = Json.root();
        root.set("key_summary", KeyJson.summary(r.summary()));
        root.set("ecs_key_data", KeyJson.ecsKeyData(r.ecs()));
        var l = r.local();
        ObjectNode local = root.putObject("local_key_data");
        local.put("key_name", l.keyName());
        local.put("key_uuid", l.keyUuid().toString());
        local.put("omegasafe_version", l.omegasafeVersion());
        local.put("key_capacity", l.keyCapacity());
        local.put("start_global_position", l.startPosition());
        local.put("end_global_position", l.endPosition());
        local.put("alpha_iteration_uuid", l.alphaIterationUuid().toString());
        local.put("alpha_iteration_sequence", l.alphaSequence());
        local.put("latest_iteration_uuid", l.latestIterationUuid().toString());
        local.put("latest_iteration_sequence", l.latestSequence());
        local.put("latest_delta_iteration_uuid", l.latestDeltaUuid() == null ? null : l.latestDeltaUuid().toString());
        if (l.latestDeltaSequence() == null) local.putNull("latest_delta_iteration_sequence");
        else local.put("latest_delta_iteration_sequence", l.latestDeltaSequence());
        local.put("iterations_count", l.iterationsCount());
        var c = r.cache();
        if (c == null) {
            root.putNull("local_cache_data");
        } else {
            ObjectNode cache = root.putObject("local_cache_data");
            cache.put("key_uuid", c.keyUuid().toString());
            cache.put("key_iteration_uuid", c.iterationUuid().toString());
            cache.put("ecs_uuid", c.ecsUuid().toString());
            cache.put("local_claims_count", c.claimsCount());
            ObjectNode by = cache.putObject("local_claims_by_reason");
            c.claimsByReason().forEach(by::put);
            capacity(cache, "performance_capacity_left", c.performance());
            capacity(cache, "offline_capacity_left", c.offline());
        }
        ArrayNode deltas = root.putArray("deltas");
        for (var d : r.deltas()) {
            ObjectNode o = deltas.addObject();
            o.put("seq_number", d.seq());
            o.put("delta_uuid", d.deltaUuid().toString());
            o.put("start_global_position", d.start());
            o.put("end_global_position", d.end());
            o.put("latest_claimed_global_position", d.latestClaimed());
        }
        if (json) {
            out().println(Json.write(root));
        } else {
            // the same fields as --json, one labelled line each (reference: both modes represent the same data)
            PlainText.print(out(), root, "");
        }
        return 0;
    }

    private static void capacity(ObjectNode parent, String field, Capacity cap) {
        if (cap == null) parent.putNull(field);
        else parent.set(field, KeyJson.left(BigInteger.valueOf(cap.remaining()), BigInteger.valueOf(cap.total())));
    }
}
