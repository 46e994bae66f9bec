package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run builds the model of the subcommand it names and no other; anything else gets them all. */
class CliSetupTest {

    @Test
    void aRunNamingACommandGetsThatCommandOnly() {
        assertEquals(List.of(EncryptCommand.class), CliSetup.subcommandsFor(new String[] {"encrypt", "-i", "x"}));
        assertEquals(List.of(EcsStorageCommands.ListCommand.class), CliSetup.subcommandsFor(new String[] {"list-ecs-storages"}));
    }

    @Test
    void everyCommandIsFoundByItsName() {
        for (Class<?> c : OmegaSafeCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            assertEquals(List.of(c), CliSetup.subcommandsFor(new String[] {name, "--help"}), name);
        }
    }

    @Test
    void theVersionAloneNeedsNoCommand() {
        assertEquals(List.of(), CliSetup.subcommandsFor(new String[] {"--version"}));
        assertEquals(List.of(), CliSetup.subcommandsFor(new String[] {"-V"}));
        // anything after it may be an unknown command, which is named with suggestions from all of them
        assertEquals(OmegaSafeCommand.SUBCOMMANDS, CliSetup.subcommandsFor(new String[] {"--version", "encrpyt"}));
    }

    @Test
    void noCommandAnUnknownOneOrAnOptionFirstGetsThemAll() {
        assertEquals(OmegaSafeCommand.SUBCOMMANDS, CliSetup.subcommandsFor(new String[0]));
        assertEquals(OmegaSafeCommand.SUBCOMMANDS, CliSetup.subcommandsFor(new String[] {"encrpyt"}));
        assertEquals(OmegaSafeCommand.SUBCOMMANDS, CliSetup.subcommandsFor(new String[] {"--help"}));
        assertEquals(OmegaSafeCommand.SUBCOMMANDS, CliSetup.subcommandsFor(new String[] {"-V", "encrypt"}));
        assertEquals(28, OmegaSafeCommand.SUBCOMMANDS.size());
    }
}
