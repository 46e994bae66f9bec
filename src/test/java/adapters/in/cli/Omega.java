package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs commands of the application in-process against one config root, for command-level tests. */
final class Omega {
    private final QuarkusMainLauncher launcher;
    final Path root;

    Omega(QuarkusMainLauncher launcher, Path root) {
        this.launcher = launcher;
        this.root = root;
    }

    /** Runs {@code omegasafe <args> --config-dir <root>}. */
    LaunchResult run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--config-dir");
        all.add(root.toString());
        return launcher.launch(all.toArray(String[]::new));
    }

    LaunchResult ok(String... args) {
        LaunchResult r = run(args);
        assertEquals(0, r.exitCode(), () -> "exit code of " + String.join(" ", args) + "\nstdout: " + r.getOutput()
                + "\nstderr: " + r.getErrorOutput());
        return r;
    }

    /** init + SFC ECS + a SMALL key; returns the key UUID. */
    String setUpKey() throws Exception {
        ok("init", "--skip-http-ecs");
        ok("create-sfc-ecs", "--ecs-name", "local", "--sfc-path", root.resolve("claims.sfc").toString(), "--confirm-sfc-ecs");
        ok("create-key", "--key-name", "k1", "--nucleus-size-mb", "0.25", "--rotor-size-mb", "0.25", "--number-of-rotors", "2");
        JsonNode keys = json(ok("list-keys", "--json", "--log-level", "WARNING"));
        return keys.get("keys").get(0).get("key_uuid").asText();
    }

    /** Sets {@code PROPERTY = value} in this root's config.ini. */
    void set(String property, String value) throws Exception {
        set(root, property, value);
    }

    static void set(Path root, String property, String value) throws Exception {
        Path ini = root.resolve("config.ini");
        java.nio.file.Files.writeString(ini, java.nio.file.Files.readString(ini)
                .replaceAll("(?m)^" + property + "\\s*=.*$", property + " = " + java.util.regex.Matcher.quoteReplacement(value)));
    }

    static JsonNode json(LaunchResult r) throws Exception {
        return new ObjectMapper().readTree(r.getOutput());
    }
}
