package adapters.in.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import domain.key.SizeFormat;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plain mode of a {@code --json} payload, drawn from the very same tree, so that both modes show the same data
 * (reference: "JSON mode and plain mode represent the same data"): one labelled line per field, nested objects as
 * indented sections, sizes and capacities as their display text with the exact byte counts, null as {@code -}.
 * Text is printed with control characters escaped ({@link Printable}).
 */
final class PlainText {
    /** The label of every field of the list-keys and view-key payloads (a test checks that none is missing). */
    static final Map<String, String> LABELS = Map.ofEntries(
            // key_summary and keys[]
            Map.entry("key_name_local", "Key name (local)"),
            Map.entry("key_name_ecs", "Key name (ECS)"),
            Map.entry("key_uuid", "Key UUID"),
            Map.entry("alpha_key_size_on_disk", "Alpha key size on disk"),
            Map.entry("alpha_capacity_left", "Alpha capacity left"),
            Map.entry("minimum_number_of_deltas", "Minimum number of Deltas"),
            Map.entry("total_key_encryption_capacity_left", "Total key encryption capacity left"),
            Map.entry("maximum_file_size_for_encryption", "Maximum file size for encryption"),
            Map.entry("deltas_keys_size_on_disk", "Deltas keys size on disk"),
            Map.entry("latest_delta_uuid", "Latest Delta UUID"),
            Map.entry("latest_delta_sequence", "Latest Delta sequence"),
            Map.entry("latest_delta_capacity_left", "Latest Delta capacity left"),
            Map.entry("external_claims_storage_name", "ECS name"),
            Map.entry("external_claims_storage_uuid", "ECS UUID"),
            Map.entry("external_claims_storage_status", "ECS status"),
            // view-key sections
            Map.entry("key_summary", "Key summary"),
            Map.entry("ecs_key_data", "ECS key data"),
            Map.entry("local_key_data", "Local key data"),
            Map.entry("local_cache_data", "Local cache data"),
            Map.entry("deltas", "Deltas in the ECS"),
            // ecs_key_data
            Map.entry("key_name", "Key name"),
            Map.entry("storage_uuid", "Storage UUID"),
            Map.entry("storage_name", "Storage name"),
            Map.entry("storage_is_internal", "Internal storage"),
            Map.entry("omegasafe_version", "OmegaSafe version"),
            Map.entry("alpha_global_position_capacity", "Alpha global position capacity"),
            Map.entry("alpha_latest_claimed_global_position", "Alpha latest claimed global position"),
            Map.entry("key_role_id", "Key role ID"),
            Map.entry("key_role_name", "Key role"),
            Map.entry("user_key_relation_uuid", "User-key relation UUID"),
            Map.entry("billing_user_uuid", "Billing user UUID"),
            Map.entry("billing_user_email", "Billing user e-mail"),
            Map.entry("billing_exp_ts", "Billing expiry (Unix time)"),
            Map.entry("billing_exp_datetime", "Billing expiry"),
            Map.entry("billing_expired", "Billing expired"),
            Map.entry("is_billing_user", "Billing user is you"),
            // local_key_data
            Map.entry("key_capacity", "Key iteration capacity"),
            Map.entry("start_global_position", "Start global position"),
            Map.entry("end_global_position", "End global position"),
            Map.entry("alpha_iteration_uuid", "Alpha iteration UUID"),
            Map.entry("alpha_iteration_sequence", "Alpha iteration sequence"),
            Map.entry("latest_iteration_uuid", "Latest iteration UUID"),
            Map.entry("latest_iteration_sequence", "Latest iteration sequence"),
            Map.entry("latest_delta_iteration_uuid", "Latest Delta iteration UUID"),
            Map.entry("latest_delta_iteration_sequence", "Latest Delta iteration sequence"),
            Map.entry("iterations_count", "Iterations on this device"),
            // local_cache_data
            Map.entry("key_iteration_uuid", "Key iteration UUID"),
            Map.entry("ecs_uuid", "ECS UUID"),
            Map.entry("local_claims_count", "Local claims"),
            Map.entry("local_claims_by_reason", "Local claims by reason"),
            Map.entry("performance_capacity_left", "PERFORMANCE capacity left"),
            Map.entry("offline_capacity_left", "OFFLINE capacity left"),
            // deltas[]
            Map.entry("seq_number", "Sequence"),
            Map.entry("delta_uuid", "Delta UUID"),
            Map.entry("latest_claimed_global_position", "Latest claimed global position"));
    /** Objects whose fields are counts by name, shown on one line ({@code performance 2, offline 1}). */
    private static final Set<String> COUNTS = Set.of("local_claims_by_reason");
    /** Counts shown with thousands separators, as the reference's key tables show them. */
    private static final Set<String> GROUPED = Set.of("minimum_number_of_deltas");
    /** Byte counts shown with their size in decimal units. */
    private static final Set<String> BYTES = Set.of("key_capacity");
    /** Fields the plain mode leaves out: the layout version of the JSON payload itself. */
    private static final Set<String> LEFT_OUT = Set.of("schema_version");

    private PlainText() { }

    /** The fields of {@code object} as labelled lines, aligned, each starting with {@code indent}. */
    static void print(PrintWriter out, ObjectNode object, String indent) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        object.properties().forEach(e -> {
            if (!LEFT_OUT.contains(e.getKey())) fields.add(e);
        });
        int width = fields.stream().filter(e -> !isSection(e.getKey(), e.getValue()))
                .mapToInt(e -> label(e.getKey()).length()).max().orElse(0) + 2;
        for (Map.Entry<String, JsonNode> e : fields) {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (isSection(name, value)) {
                out.println(indent + label(name) + (value.isEmpty() ? ": -" : ":"));
                if (value.isObject()) {
                    print(out, (ObjectNode) value, indent + "  ");
                } else {
                    for (JsonNode item : value) {
                        // one item per bullet: "  - First field: ...", its other fields aligned below it
                        java.io.StringWriter lines = new java.io.StringWriter();
                        print(new PrintWriter(lines), (ObjectNode) item, indent + "    ");
                        String text = lines.toString();
                        out.print(text.isEmpty() ? indent + "  -" + System.lineSeparator() : indent + "  - " + text.substring(indent.length() + 4));
                    }
                }
            } else {
                out.println(indent + pad(label(name) + ":", width) + Printable.escape(text(name, value)));
            }
        }
    }

    /** The label of {@code field}; a field without one is shown under its JSON name in words. */
    static String label(String field) {
        String l = LABELS.get(field);
        return l != null ? l : Character.toUpperCase(field.charAt(0)) + field.substring(1).replace('_', ' ');
    }

    private static boolean isSection(String name, JsonNode value) {
        return (value.isObject() && !value.has("display") && !COUNTS.contains(name)) || value.isArray();
    }

    /** The one-line text of a value. */
    static String text(String name, JsonNode v) {
        if (v == null || v.isNull()) return "-";
        if (v.isObject() && v.has("remaining_bytes")) {
            return v.get("display").asText() + " of " + SizeFormat.withBytes(v.get("total_bytes").bigIntegerValue());
        }
        if (v.isObject() && v.has("bytes")) {
            String display = v.get("display").asText();
            return display.contains(" bytes)") ? display : display + " (" + SizeFormat.grouped(v.get("bytes").bigIntegerValue()) + " bytes)";
        }
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            v.properties().forEach(e -> parts.add(e.getKey() + " " + e.getValue().asText()));
            return parts.isEmpty() ? "none" : String.join(", ", parts);
        }
        if (v.isBoolean()) return v.asBoolean() ? "yes" : "no";
        if (v.isIntegralNumber() && GROUPED.contains(name)) return SizeFormat.grouped(v.bigIntegerValue());
        if (v.isIntegralNumber() && BYTES.contains(name)) return SizeFormat.withBytes(v.bigIntegerValue());
        return v.asText();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
