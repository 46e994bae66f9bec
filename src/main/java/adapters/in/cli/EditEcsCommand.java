package adapters.in.cli;

import application.port.in.EditEcsUseCase;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe edit-ecs}: name of any entry; SFC file path (with or without moving the file); HTTP URL and API key. */
@Command(name = "edit-ecs", mixinStandardHelpOptions = true,
        description = "Edit an existing ECS entry (name plus backend-specific fields). Skip optional fields for interactive setup.")
public class EditEcsCommand extends BaseCommand {
    @Option(names = {"-e", "--ecs-uuid"}, paramLabel = "<ECS_UUID>", required = true, description = "ECS UUID to edit.")
    UUID ecsUuid;

    @ArgGroup(exclusive = true)
    Name name;

    static class Name {
        @Option(names = {"-n", "--new-name"}, paramLabel = "<NEW_NAME>", description = "Set new ECS name.")
        String value;

        @Option(names = {"-N", "--keep-name"}, description = "Keep existing ECS name without prompt.")
        boolean keep;
    }

    @ArgGroup(exclusive = true)
    PathChoice path;

    static class PathChoice {
        @Option(names = {"-p", "--new-path"}, paramLabel = "<NEW_PATH>", description = "Set new SFC path.")
        Path value;

        @Option(names = {"-P", "--keep-path"}, description = "Keep existing SFC path without prompt.")
        boolean keep;
    }

    @ArgGroup(exclusive = true)
    Move move;

    static class Move {
        @Option(names = {"-m", "--move-file"}, description = "Move SFC file to new path automatically.")
        boolean yes;

        @Option(names = {"-x", "--no-move-file"}, description = "Do not move SFC file; update reference only.")
        boolean no;
    }

    @ArgGroup(exclusive = true)
    Url url;

    static class Url {
        @Option(names = {"-u", "--new-api-url"}, paramLabel = "<NEW_API_URL>", description = "Set new HTTP API base URL.")
        String value;

        @Option(names = {"-U", "--keep-api-url"}, description = "Keep existing HTTP API URL without prompt.")
        boolean keep;
    }

    @ArgGroup(exclusive = true)
    ApiKey apiKey;

    static class ApiKey {
        @Option(names = {"-k", "--update-api-key"}, paramLabel = "<UPDATE_API_KEY>",
                description = "Set new HTTP API key directly ('-' reads it from standard input).")
        String value;

        @Option(names = {"-K", "--keep-api-key"}, description = "Keep existing HTTP API key without prompt.")
        boolean keep;
    }

    @Override
    protected int execute() {
        EditEcsUseCase use = workspace().editEcs();
        EditEcsUseCase.Summary current = use.current(ecsUuid);
        boolean sfc = current.type().equals("SFC");
        boolean ask = interactive();
        String newName = name != null ? name.value : null;
        Path newPath = path != null ? path.value : null;
        String newUrl = url != null ? url.value : null;
        String newKey = apiKey != null ? Secrets.resolve(this, apiKey.value, "--update-api-key", "API key") : null;
        if (ask) {
            out().println("Editing " + current.type() + " ECS '" + Printable.escape(current.name()) + "' (" + current.ecsUuid() + ")");
            out().flush();
            if (name == null) newName = blankToNull(Prompts.line("New name (empty keeps '" + Printable.escape(current.name()) + "'): "));
            if (sfc && path == null) {
                String p = Prompts.line("New SFC file path (empty keeps " + Printable.escape(current.location()) + "): ");
                newPath = p.isEmpty() ? null : Path.of(p);
            }
            if (!sfc && url == null) newUrl = blankToNull(Prompts.line("New API URL (empty keeps " + Printable.escape(current.location()) + "): "));
            if (!sfc && apiKey == null) newKey = blankToNull(Prompts.secret("New API key (empty keeps the current one): "));
        }
        boolean moveFile = true;
        if (newPath != null) {
            if (move != null) {
                moveFile = move.yes;
            } else if (ask) {
                moveFile = Prompts.confirm("Move the SFC file (and what is kept beside it) to the new path?", true);
            } else {
                throw missing("a new SFC path needs --move-file (move it there) or --no-move-file (it is there already)");
            }
        }
        EditEcsUseCase.Result r = use.edit(new EditEcsUseCase.Request(ecsUuid, Optional.ofNullable(newName), Optional.ofNullable(newPath),
                moveFile, Optional.ofNullable(newUrl), Optional.ofNullable(newKey)));
        if (r.applied().isEmpty()) {
            out().println("No changes requested for ECS " + ecsUuid + ".");
            return 0;
        }
        out().println("ECS edited:");
        for (String change : r.applied()) out().println("  " + Printable.escape(change));
        out().println("  ECS UUID: " + r.after().ecsUuid());
        out().println("  ECS name: " + Printable.escape(r.after().name()));
        out().println("  ECS type: " + r.after().type());
        return 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
