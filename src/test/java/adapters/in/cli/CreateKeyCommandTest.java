package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** create-key: the ECS resolution order, worker limit, and cleanup when a stage fails. */
@QuarkusMainTest
class CreateKeyCommandTest {

    @TempDir
    Path tmp;

    private static final String[] SMALL = {"-n", "0.25", "-r", "0.25", "-c", "2"};

    private LaunchResult create(Omega o, String name, String... extra) {
        String[] args = new String[3 + SMALL.length + extra.length];
        args[0] = "create-key";
        args[1] = "-k";
        args[2] = name;
        System.arraycopy(SMALL, 0, args, 3, SMALL.length);
        System.arraycopy(extra, 0, args, 3 + SMALL.length, extra.length);
        return o.run(args);
    }

    @Test
    void ecsComesFromTheFlagThenTheDefaultThenTheOnlyOne(QuarkusMainLauncher l) throws Exception {
        Omega o = new Omega(l, Files.createDirectory(tmp.resolve("cfg")));
        o.ok("init", "--skip-http-ecs");
        o.ok("create-sfc-ecs", "-n", "first", "-p", o.root.resolve("first.sfc").toString(), "-y");
        assertTrue(create(o, "only").getOutput().contains("ECS: first"), "the only ECS is used");
        o.ok("create-sfc-ecs", "-n", "second", "-p", o.root.resolve("second.sfc").toString(), "-y");
        JsonNode entries = Omega.json(o.ok("list-ecs", "--json")).get("entries");
        String first = entries.get(0).get("ecs_uuid").asText();
        String second = entries.get(1).get("ecs_uuid").asText();
        LaunchResult ambiguous = create(o, "ambiguous");
        assertEquals(1, ambiguous.exitCode());
        assertTrue(ambiguous.getErrorOutput().contains("none is the default")
                && ambiguous.getErrorOutput().contains("--ecs-uuid"), ambiguous.getErrorOutput());
        o.ok("set-config", "-e", second);
        assertTrue(create(o, "by-default").getOutput().contains("ECS: second (" + second + ")"));
        assertTrue(create(o, "explicit", "-e", first).getOutput().contains("ECS: first (" + first + ")"));
        assertEquals(2, create(o, "no-workers", "-w", "0").exitCode());
        assertEquals(0, create(o, "one-worker", "-w", "1").exitCode());
        assertEquals(4, Omega.json(o.ok("list-keys", "--json")).get("keys").size());
    }

    @Test
    void aFailedRegistrationLeavesNoLocalKey(QuarkusMainLauncher l) throws Exception {
        Omega o = new Omega(l, Files.createDirectory(tmp.resolve("cfg")));
        o.ok("init", "--skip-http-ecs");
        o.ok("create-sfc-ecs", "-n", "first", "-p", o.root.resolve("first.sfc").toString(), "-y");
        Files.move(o.root.resolve("first.sfc"), tmp.resolve("away.sfc"));
        LaunchResult r = create(o, "doomed");
        assertEquals(3, r.exitCode(), "an unavailable ECS is exit code 3: retry later");
        assertTrue(r.getErrorOutput().startsWith("error: ECS unavailable"), r.getErrorOutput());
        assertEquals(0, Omega.json(o.ok("list-keys", "--json")).get("keys").size(), "the Alpha was removed again");
    }
}
