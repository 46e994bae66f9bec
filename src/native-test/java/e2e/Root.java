package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adapters.out.file.EncryptedFileContainer;
import application.port.out.EncryptedFileFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.position.PositionRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** One config root driven through the packaged application, as a user would in a shell. */
final class Root {
    private static final AtomicInteger RUNS = new AtomicInteger();
    final Path dir;
    final Path work;
    final Map<String, String> env = new HashMap<>();

    private Root(Path work, Path dir) {
        this.work = work;
        this.dir = dir;
    }

    /** A new initialised root {@code work/name}. */
    static Root init(Path work, String name) throws Exception {
        Root r = new Root(work, Files.createDirectory(work.resolve(name)));
        r.ok("init", "--skip-http-ecs");
        return r;
    }

    /** Runs {@code omegasafe args... -d dir} to completion. */
    Packaged.Run run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("-d");
        all.add(dir.toString());
        return Packaged.run(work, dir.getFileName() + "-" + RUNS.incrementAndGet(), env, all.toArray(String[]::new));
    }

    /** As {@link #run}, requiring exit code 0. */
    Packaged.Run ok(String... args) throws Exception {
        Packaged.Run r = run(args);
        assertEquals(0, r.process().exitValue(), () -> String.join(" ", args) + ": " + r.all());
        return r;
    }

    /** Starts {@code omegasafe args... -d dir} without waiting. */
    Packaged.Run start(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("-d");
        all.add(dir.toString());
        return Packaged.start(work, dir.getFileName() + "-" + RUNS.incrementAndGet(), env, all.toArray(String[]::new));
    }

    /** An SFC ECS at {@code file}; returns its UUID. */
    String sfcEcs(String name, Path file) throws Exception {
        ok("create-sfc-ecs", "-n", name, "-p", file.toString(), "-y");
        for (JsonNode e : json("list-ecs", "--json").get("entries")) {
            if (e.get("ecs_name").asText().equals(name)) return e.get("ecs_uuid").asText();
        }
        throw new AssertionError("no ECS " + name);
    }

    /** An HTTP ECS entry for the server at {@code url} (self-signed certificate: development mode); returns its UUID. */
    String httpEcs(String name, String url, String apiKey) throws Exception {
        ok("create-http-ecs", "-n", name, "-u", url, "-k", apiKey, "-v");
        for (JsonNode e : json("list-ecs", "--json").get("entries")) {
            if (e.get("ecs_name").asText().equals(name)) return e.get("ecs_uuid").asText();
        }
        throw new AssertionError("no ECS " + name);
    }

    /** A SMALL key (0.25 MB nucleus, 0.25 MB rotors, 2 rotors); returns its UUID. */
    String smallKey(String name) throws Exception {
        ok("create-key", "-k", name, "-n", "0.25", "-r", "0.25", "-c", "2");
        JsonNode keys = json("list-keys", "--json", "-l", "WARNING").get("keys");
        return keys.get(keys.size() - 1).get("key_uuid").asText();
    }

    JsonNode json(String... args) throws Exception {
        return new ObjectMapper().readTree(ok(args).stdout());
    }

    /** Sets {@code PROPERTY = value} in config.ini. */
    void set(String property, String value) throws IOException {
        Path ini = dir.resolve("config.ini");
        Files.writeString(ini, Files.readString(ini).replaceAll("(?m)^" + property + "\\s*=.*$",
                property + " = " + java.util.regex.Matcher.quoteReplacement(value)));
    }

    /** No cache: every encryption claims exactly its positions from the ECS. */
    void noCache() throws IOException {
        set("CACHE_PERFORMANCE_KEY_CAPACITY_GB", "0");
        set("CACHE_OFFLINE_KEY_CAPACITY_GB", "0");
    }

    /** A file of {@code size} random bytes in the work directory. */
    static Path randomFile(Path work, String name, int size) throws IOException {
        byte[] b = new byte[size];
        new Random(name.hashCode()).nextBytes(b);
        return Files.write(work.resolve(name), b);
    }

    /** The global positions an encrypted file used (its metadata and data length). */
    static PositionRange positions(Path encrypted) throws IOException {
        try (EncryptedFileFormat.Opened o = new EncryptedFileContainer().open(encrypted, Optional.empty())) {
            return PositionRange.ofSize(o.metadata().globalPositionStart(), o.dataLength());
        }
    }
}
