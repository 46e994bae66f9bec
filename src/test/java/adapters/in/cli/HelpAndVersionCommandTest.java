package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code omegasafe <command> --help} prints that command's help and {@code -V} prints the version, for every command
 * (the list comes from the command model, so a new command is covered when it is added).
 */
@QuarkusMainTest
class HelpAndVersionCommandTest {

    /** Every subcommand name of {@code omegasafe}, from its annotations. */
    private static List<String> commands() {
        List<String> names = new ArrayList<>();
        for (Class<?> c : OmegaSafeCommand.SUBCOMMANDS) names.add(c.getAnnotation(CommandLine.Command.class).name());
        return names;
    }

    @Test
    void everyCommandPrintsItsOwnHelpWithExitCodeZero(QuarkusMainLauncher launcher) {
        List<String> commands = commands();
        assertEquals(28, commands.size(), commands.toString());
        for (String command : commands) {
            // -h and --help are one option of picocli's standard mixin: the short name on one command shows it
            for (String flag : command.equals("encrypt") ? List.of("--help", "-h") : List.of("--help")) {
                LaunchResult r = launcher.launch(command, flag);
                assertEquals(0, r.exitCode(), command + " " + flag + ": " + r.getErrorOutput());
                assertTrue(r.getOutput().startsWith("Usage: omegasafe " + command + " "), command + " " + flag + ":\n" + r.getOutput());
                assertTrue(r.getOutput().contains("-h, --help"), r.getOutput());
                assertEquals("", r.getErrorOutput(), command);
                assertTrue(r.getOutput().chars().noneMatch(c -> c == 0x1b), "help is plain text: " + command);
            }
        }
    }

    @Test
    void topLevelHelpListsEveryCommandInOrder(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("--help");
        assertEquals(0, r.exitCode(), r.getErrorOutput());
        String out = r.getOutput();
        int at = out.indexOf("\nCommands:\n");
        assertTrue(at > 0, out);
        for (String command : commands()) {
            int next = out.indexOf("\n  " + command + " ", at);
            assertTrue(next > at, command + " listed after the previous one:\n" + out);
            at = next;
        }
    }

    @Test
    void helpOrVersionOfAnUnknownCommandSaysItIsUnknown(QuarkusMainLauncher launcher) {
        for (String flag : List.of("--help", "-V")) {
            LaunchResult r = launcher.launch("view-ecs", flag);
            assertEquals(2, r.exitCode(), flag + ": " + r.getOutput());
            assertEquals("", r.getOutput(), flag);
            assertTrue(r.getErrorOutput().startsWith("error: unknown command 'view-ecs'\nhint: did you mean '"), r.getErrorOutput());
        }
    }

    @Test
    void versionOnAnyCommandPrintsTheVersion(QuarkusMainLauncher launcher) {
        LaunchResult top = launcher.launch("--version");
        assertEquals(0, top.exitCode());
        assertTrue(top.getOutput().matches("omegasafe \\S+\\R?"), top.getOutput());
        assertEquals(top.getOutput(), launcher.launch("-V").getOutput());
        for (String command : commands()) {
            for (String flag : command.equals("encrypt") ? List.of("-V", "--version") : List.of("-V")) {
                LaunchResult r = launcher.launch(command, flag);
                assertEquals(0, r.exitCode(), command + " " + flag + ": " + r.getErrorOutput());
                assertEquals(top.getOutput(), r.getOutput(), command + " " + flag);
            }
        }
    }
}
