package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import domain.key.SizeFormat;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain {@code list-keys} and {@code view-key} show the same data as {@code --json} (reference: "JSON mode and plain
 * mode represent the same data"): every field of the payload has a labelled line in plain mode holding its value.
 */
@QuarkusMainTest
class PlainJsonParityCommandTest {

    @TempDir
    Path tmp;

    @Test
    void everyJsonFieldHasItsPlainCounterpart(QuarkusMainLauncher launcher) throws Exception {
        Omega omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        String key = omega.setUpKey();
        omega.ok("create-key", "--key-name", "k2", "--nucleus-size-mb", "0.25", "--rotor-size-mb", "0.25", "--number-of-rotors", "2");
        Path input = Files.write(tmp.resolve("x.bin"), new byte[5000]);
        omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "x.enc");

        JsonNode list = Omega.json(omega.ok("list-keys", "--json"));
        assertEquals(2, list.get("keys").size());
        assertSameData(list, omega.ok("list-keys").getOutput());

        JsonNode view = Omega.json(omega.ok("view-key", "-k", key, "--json"));
        assertTrue(view.get("deltas").size() > 0 && view.get("local_cache_data").isObject(), view.toString());
        assertSameData(view, omega.ok("view-key", "-k", key).getOutput());

        // partial output (ECS unreachable): the nulls are shown too
        Files.move(omega.root.resolve("claims.sfc"), omega.root.resolve("claims.sfc.away"));
        JsonNode partial = Omega.json(omega.ok("view-key", "-k", key, "--json"));
        assertTrue(partial.get("ecs_key_data").get("key_name").isNull(), partial.toString());
        assertSameData(partial, omega.ok("view-key", "-k", key).getOutput());
        assertSameData(Omega.json(omega.ok("list-keys", "--json")), omega.ok("list-keys").getOutput());
    }

    /** Every field of {@code json} (but {@code schema_version}) has an explicit label and a line holding its value. */
    private static void assertSameData(JsonNode json, String plain) {
        List<String> lines = plain.lines().toList();
        json.properties().forEach(e -> check(e.getKey(), e.getValue(), lines, plain));
    }

    private static void check(String field, JsonNode value, List<String> lines, String plain) {
        if (field.equals("schema_version")) return;
        if (!field.equals("keys")) assertTrue(PlainText.LABELS.containsKey(field), "no plain label for JSON field " + field);
        String label = PlainText.label(field) + ":";
        if (value.isArray()) {
            if (!field.equals("keys")) assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith(label)), label + "\n" + plain);
            for (JsonNode item : value) item.properties().forEach(e -> check(e.getKey(), e.getValue(), lines, plain));
            return;
        }
        if (value.isObject() && !value.has("display") && !field.equals("local_claims_by_reason")) {
            assertTrue(lines.stream().anyMatch(l -> l.strip().equals(label)), label + "\n" + plain);
            value.properties().forEach(e -> check(e.getKey(), e.getValue(), lines, plain));
            return;
        }
        if (value.isNull()) {
            String nullLine = java.util.regex.Pattern.quote(label) + "\\s+-";
            assertTrue(lines.stream().anyMatch(l -> l.strip().replaceFirst("^- ", "").matches(nullLine)),
                    () -> field + " = null: no line '" + label + " -'\n" + plain);
            return;
        }
        List<List<String>> expected = shown(value);
        assertTrue(lines.stream().anyMatch(l -> l.strip().replaceFirst("^- ", "").startsWith(label)
                        && expected.stream().allMatch(any -> any.stream().anyMatch(l::contains))),
                () -> field + " = " + value + ": no line '" + label + "' holding " + expected + "\n" + plain);
    }

    /** What a line must hold for {@code value}: for each part, one of its accepted spellings. */
    private static List<List<String>> shown(JsonNode value) {
        List<List<String>> parts = new ArrayList<>();
        if (value.isObject() && value.has("remaining_bytes")) {
            parts.add(List.of(value.get("percent_remaining").asText() + "%"));
            parts.add(List.of(value.get("display").asText()));
            parts.add(List.of(SizeFormat.grouped(value.get("remaining_bytes").bigIntegerValue())));
            parts.add(List.of(SizeFormat.grouped(value.get("total_bytes").bigIntegerValue())));
        } else if (value.isObject() && value.has("bytes")) {
            parts.add(List.of(value.get("display").asText()));
            parts.add(List.of(SizeFormat.grouped(value.get("bytes").bigIntegerValue())));
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) parts.add(List.of(e.getKey() + " " + e.getValue().asText()));
        } else if (value.isBoolean()) {
            parts.add(List.of(value.asBoolean() ? "yes" : "no"));
        } else if (value.isIntegralNumber()) {
            parts.add(List.of(value.asText(), SizeFormat.grouped(value.bigIntegerValue())));
        } else {
            parts.add(List.of(value.asText()));
        }
        return parts;
    }
}
