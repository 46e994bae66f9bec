package adapters.in.cli;

import static adapters.in.cli.FailureTable.FAILURE;
import static adapters.in.cli.FailureTable.first;

import adapters.in.cli.FailureTable.Message;
import application.port.in.failure.PathFailure;
import java.nio.file.Path;

/** {@link FailureTable}'s rows for {@link PathFailure}: what is wrong with a path, and the option that names it. */
final class PathFailureRows {
    private PathFailureRows() { }

    /** The row for a failure about a path the user named (or the command uses) in {@code command}. */
    static Message describe(PathFailure p, String command) {
        Path path = p.path();
        String what = switch (p.role()) {
            case INPUT_FILE -> "input file";
            case OUTPUT_DIRECTORY -> "output directory";
            case OUTPUT_FILE -> "output file";
            case SFC_PATH -> "SFC ECS file";
            case CONFIG_DIRECTORY -> "config directory";
        };
        String option = option(p.role(), command);
        return switch (p) {
            case PathFailure.NotFound n -> switch (p.role()) {
                case CONFIG_DIRECTORY -> new Message(FAILURE, "config directory does not exist: " + path, command.equals("init")
                        ? "create it first (mkdir -m 700 " + path + ") or omit --config-dir to use the default location"
                        : "check --config-dir (or OMEGASAFE_CONFIG_DIR); a new root is made with 'omegasafe init --config-dir "
                        + path + "' after mkdir -m 700 " + path);
                case SFC_PATH -> new Message(FAILURE, "directory of the SFC ECS file does not exist: " + path,
                        "create the directory first or pass another " + option);
                default -> new Message(FAILURE, what + " not found: " + path, "check the path given to " + option);
            };
            case PathFailure.NotARegularFile n -> new Message(FAILURE, what + " is not a regular file: " + path,
                    "pass a file to " + option);
            case PathFailure.NotADirectory n -> new Message(FAILURE, what + " is not a directory: " + path,
                    "pass a directory to " + option);
            case PathFailure.NotReadable n -> new Message(FAILURE, what + " is not readable: " + path,
                    "check the file's permissions (ls -l " + path + ")");
            case PathFailure.NotWritable n -> new Message(FAILURE, "cannot create files in " + what + " " + path + ": " + n.reason(),
                    "choose a directory you can write to with " + option);
            case PathFailure.AlreadyExists n -> new Message(FAILURE, what + " already exists: " + path, switch (command) {
                case "encrypt", "decrypt" -> "remove it, or choose another name with --file-name-override or another --output-dir";
                default -> "remove it or choose another " + option;
            });
            case PathFailure.NoSpace n -> new Message(FAILURE, "no space left on the file system of " + what + " " + path,
                    "free some space there or choose another " + option);
            case PathFailure.NameTooLong n -> new Message(FAILURE, "file name too long for the file system: " + path,
                    command.equals("encrypt") || command.equals("decrypt") ? "choose a shorter name with --file-name-override"
                            : "choose a shorter name");
            case PathFailure.ReadFailed n -> new Message(FAILURE, "cannot read " + what + " " + path + ": " + n.reason(), null);
            case PathFailure.WriteFailed n -> new Message(FAILURE, "cannot write in " + what + " " + path + ": " + n.reason(), null);
            case PathFailure.Unsafe n -> new Message(FAILURE, "refusing " + what + " " + path + ": " + n.why(),
                    "use a path inside a directory only your account can write to, owned by you, without symbolic links");
        };
    }

    /** The option that supplies a path of {@code role} in {@code command}. */
    private static String option(PathFailure.Role role, String command) {
        return switch (role) {
            case INPUT_FILE -> "--input-file";
            case OUTPUT_DIRECTORY, OUTPUT_FILE -> command.startsWith("export") ? "--output-path" : "--output-dir";
            case SFC_PATH -> command.equals("edit-ecs") ? "--new-path" : "--sfc-path";
            case CONFIG_DIRECTORY -> "--config-dir";
        };
    }
}
