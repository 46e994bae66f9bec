package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-D (end of input) at a prompt of the packaged application, at a real terminal: every prompt ends the command
 * with {@code Operation aborted.} and exit code 1, never a stack trace or an "unexpected failure".
 */
class EndOfInputIT {

    @TempDir
    Path tmp;

    private Root root;

    @BeforeEach
    void rootWithAnEcs() throws Exception {
        Terminal.requireTmux();
        root = Root.init(tmp, "cfg");
        root.sfcEcs("local", root.dir.resolve("claims.sfc"));
    }

    private List<String> omegasafe(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(Packaged.command());
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("-d", root.dir.toString()));
        return cmd;
    }

    /** Starts {@code args}, waits for {@code prompt}, types the {@code answers} before it and Ctrl-D at it. */
    private void ctrlDAt(String prompt, List<String[]> answers, String... args) throws Exception {
        try (Terminal t = Terminal.start(tmp, Map.of("HOME", tmp.toString()), omegasafe(args))) {
            for (String[] a : answers) {
                t.await(a[0], 120);
                t.send(a[1], "Enter");
            }
            t.await(prompt, 120);
            t.send("C-d");
            int exit = t.exitCode(60);
            String screen = t.screen();
            assertEquals(1, exit, String.join(" ", args) + ":\n" + screen);
            assertTrue(screen.contains("Operation aborted."), screen);
            assertFalse(screen.contains("unexpected failure") || screen.contains("Exception") || screen.contains("\tat "), screen);
        }
    }

    @Test
    void createSfcEcsNamePrompt() throws Exception {
        ctrlDAt("SFC ECS name:", List.of(), "create-sfc-ecs");
    }

    @Test
    void createSfcEcsConfirmation() throws Exception {
        ctrlDAt("Create the SFC ECS?", List.of(), "create-sfc-ecs", "--ecs-name", "second", "--sfc-path", tmp.resolve("second.sfc").toString());
        assertFalse(Files.exists(tmp.resolve("second.sfc")));
    }

    @Test
    void createKeyNameProfileAndCustomSizePrompts() throws Exception {
        ctrlDAt("Key name:", List.of(), "create-key");
        ctrlDAt("Select a key profile", List.<String[]>of(new String[] {"Key name:", "k"}), "create-key");
        ctrlDAt("Nucleus size in MB", List.of(new String[] {"Key name:", "k"}, new String[] {"Select a key profile", "4"}), "create-key");
        ctrlDAt("Rotor size in MB", List.of(new String[] {"Key name:", "k"}, new String[] {"Select a key profile", "4"},
                new String[] {"Nucleus size in MB", "0.25"}), "create-key");
        assertEquals(0, root.json("list-keys", "--json").get("keys").size(), "no key was made");
    }

    @Test
    void confirmationsAndSecretPrompts() throws Exception {
        ctrlDAt("Overwrite it?", List.of(), "init", "--skip-http-ecs");
        ctrlDAt("Erase everything listed above?", List.of(), "erase-all");
        ctrlDAt("Traditional-layer password:", List.of(), "set-config", "-t", "-");
        assertTrue(Files.exists(root.dir.resolve("config.ini")), "nothing was erased");
    }
}
